using Scp.Emulator.Routing;
using Scp.Emulator.Schema;
using Scp.Sdk.Catalog;

namespace Scp.Emulator.Behaviour;

/// <summary>
/// The resource model of one product-version, inferred from its operations: which path templates are
/// collections, and what each operation does to them (docs/emulator.md, "Inference").
/// </summary>
internal sealed partial class ApiModel
{
    private readonly Dictionary<string, CollectionModel> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<ScpOperationDescriptor, OperationBehaviour> _behaviours = new(ReferenceEqualityComparer.Instance);
    public ApiModel(ApiRoutes routes)
    {
        Api = routes.Api;
        Schemas = new SchemaSet(routes.Api.ComponentsJson);
        var operations = routes.Operations.ToList();
        FindCollections(operations);
        foreach (var operation in operations)
        {
            _behaviours[operation] = Classify(operation);
        }
    }

    public ScpApiDescriptor Api { get; }

    public SchemaSet Schemas { get; }

    public IEnumerable<CollectionModel> Collections => _collections.Values;

    public OperationBehaviour BehaviourOf(ScpOperationDescriptor operation) => _behaviours[operation];

    public static string Normalize(PathTemplate template) =>
        "/" + string.Join('/', template.Segments.Select(s => PathTemplate.IsParameter(s) ? "{}" : s));

    private void FindCollections(List<ScpOperationDescriptor> operations)
    {
        var templates = operations.Select(o => (Operation: o, Template: new PathTemplate(o.PathTemplate))).ToList();
        foreach (var (create, template) in templates.Where(t => t.Operation.Method == "POST"))
        {
            if (template.Segments.Length == 0 || PathTemplate.IsParameter(template.Segments[^1]))
            {
                continue;
            }

            var key = Normalize(template);
            var items = templates.Where(t => t.Template.Segments.Length == template.Segments.Length + 1 &&
                                             PathTemplate.IsParameter(t.Template.Segments[^1]) &&
                                             Normalize(new PathTemplate(t.Template.Prefix(template.Segments.Length))) == key).ToList();
            var list = templates.FirstOrDefault(t => t.Operation.Method == "GET" && Normalize(t.Template) == key && ListArrayOf(t.Operation) is not null);
            if (items.Count == 0 && list.Operation is null)
            {
                continue;
            }

            var idParameter = items.Count > 0
                ? PathTemplate.ParameterName(items[0].Template.Segments[^1])
                : Singular(template.Segments[^1]) + "_id";
            // The GET that reads an item: the create's lifecycle names it when the create is followed by the new id.
            var itemRead = create.Lifecycle is { } created && created.Arguments.Any(a => a.FromAnswer)
                ? created.StatusOperation
                : items.FirstOrDefault(t => t.Operation.Method == "GET").Operation;
            var collection = new CollectionModel
            {
                Template = template.Text,
                Key = key,
                Depth = template.Segments.Length,
                IdParameter = idParameter,
                Noun = idParameter.EndsWith("_id", StringComparison.Ordinal) ? idParameter[..^3] : Singular(template.Segments[^1]),
                CreateBodySchema = Schemas.Resolve(SchemaSet.Parse(create.BodySchemaJson)),
            };
            collection.ResourceSchema = FindResourceSchema(collection, itemRead, list.Operation, create);
            collection.HexIds = PrefersHexIds(collection, itemRead, create, items.Select(i => i.Operation));
            collection.States = InferStates(collection, LifecycleOf(itemRead, operations));
            _collections[key] = collection;
        }

        foreach (var collection in _collections.Values)
        {
            var template = new PathTemplate(collection.Key);
            for (var depth = template.Segments.Length - 2; depth > 0 && collection.Parent is null; depth--)
            {
                if (template.Segments[depth] == "{}" && _collections.TryGetValue(template.Prefix(depth), out var parent))
                {
                    collection.Parent = parent;
                }
            }
        }
    }

    private OperationBehaviour Classify(ScpOperationDescriptor operation)
    {
        var template = new PathTemplate(operation.PathTemplate);
        var chain = new List<(CollectionModel, string)>();
        var lastChainEnd = 0;
        for (var i = 1; i < template.Segments.Length; i++)
        {
            if (PathTemplate.IsParameter(template.Segments[i]) && !PathTemplate.IsParameter(template.Segments[i - 1]) &&
                _collections.TryGetValue(Normalize(new PathTemplate(template.Prefix(i))), out var collection))
            {
                chain.Add((collection, PathTemplate.ParameterName(template.Segments[i])));
                lastChainEnd = i + 1;
            }
        }

        var status = operation.SuccessStatusCode ?? 200;
        var key = Normalize(template);
        var rest = template.Segments.Skip(lastChainEnd).ToArray();
        var method = operation.Method.ToUpperInvariant();
        var isCheck = method == "GET" && template.Segments.Length > 0 &&
                      template.Segments[^1].Contains("duplicat", StringComparison.OrdinalIgnoreCase);
        OperationKind kind;
        CollectionModel? target = null;
        string? subKey = null;
        if (_collections.TryGetValue(key, out var own))
        {
            target = own;
            kind = method switch { "POST" => OperationKind.Create, "GET" => OperationKind.List, _ => OperationKind.Static };
        }
        else if (isCheck)
        {
            kind = OperationKind.Check;
            target = _collections.Values.Where(c => key.StartsWith(c.Key + "/", StringComparison.Ordinal)).MaxBy(c => c.Depth);
        }
        else if (chain.Count > 0 && rest.Length == 0)
        {
            kind = method switch { "GET" => OperationKind.Read, "DELETE" => OperationKind.Delete, _ => OperationKind.Update };
        }
        else if (chain.Count > 0)
        {
            subKey = string.Join('/', rest);
            kind = method switch { "GET" => OperationKind.SubRead, "DELETE" => OperationKind.SubDelete, _ => OperationKind.SubWrite };
        }
        else
        {
            kind = OperationKind.Static;
        }

        if (kind == OperationKind.Check && target is null)
        {
            kind = OperationKind.Static;
        }

        return new OperationBehaviour
        {
            Kind = kind,
            Chain = chain,
            Collection = target,
            SubKey = subKey,
            CheckFields = kind == OperationKind.Check ? FindCheckFields(operation, target!) : [],
            SuccessStatus = status,
            IsAsync = operation.AnswersAsynchronously,
        };
    }

    /// <summary>The array property of a list response (items are objects), or null when the response is not a list.</summary>
    public string? ListArrayOf(ScpOperationDescriptor operation)
    {
        var schema = Schemas.Resolve(SchemaSet.Parse(operation.SuccessResponse?.SchemaJson));
        foreach (var (name, property) in SchemaSet.PropertiesOf(schema))
        {
            var resolved = Schemas.Resolve(property);
            if (SchemaSet.TypeOf(resolved) == "array" && SchemaSet.TypeOf(Schemas.Resolve(SchemaSet.Keyword(resolved, "items"))) == "object")
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A lifecycle (of any operation of this API) whose status GET is <paramref name="itemRead"/>, preferring one with a state field.</summary>
    private static ScpOperationLifecycle? LifecycleOf(ScpOperationDescriptor? itemRead, List<ScpOperationDescriptor> operations) =>
        itemRead is null
            ? null
            : operations.Select(o => o.Lifecycle).OfType<ScpOperationLifecycle>()
                .Where(l => ReferenceEquals(l.StatusOperation, itemRead)).OrderBy(l => l.StatePath is null).FirstOrDefault();

    private static string Singular(string segment)
    {
        var word = segment.Replace('-', '_');
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
