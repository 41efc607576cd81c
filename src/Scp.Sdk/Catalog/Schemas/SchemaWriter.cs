using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// Writes an operation's composed tool schemas straight from the spec's JSON (<see cref="JsonElement"/>s) to UTF-8,
/// with no intermediate node tree: <c>$ref</c>s to component schemas become <c>#/$defs/…</c> and the components they
/// reach (transitively) are written once under <c>$defs</c>, in ordinal name order. Tool start-up composes every tool's
/// schemas, so this is on the path to the first <c>tools/list</c> reply.
/// Descriptions are written in the language asked for (a translation map, original → English). The input schema is
/// compact (what a model reads on every turn): no <c>example</c>/<c>examples</c>, no description whose words are all in its
/// property's name, the names of the properties around it or the operation's title (<c>Backup name</c> for <c>name</c> in
/// "Create backup"), and no <c>additionalProperties: false</c> at the root (the server still rejects an unknown argument,
/// naming it and the known ones); every type, enum, pattern, bound, default and required flag stays.
/// </summary>
internal sealed class SchemaWriter
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const string DefsPrefix = "#/$defs/";

    /// <summary>Non-ASCII text as UTF-8 (valid JSON; <c>\uXXXX</c> would cost a model several tokens per Hangul character).</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ComponentSchemas _components;
    private readonly Func<string, string>? _text;
    private readonly bool _compact;

    /// <summary>Words a compact description may repeat without saying anything: the operation title's (see <see cref="Words"/>).</summary>
    private readonly HashSet<string> _titleWords = new(StringComparer.Ordinal);

    /// <summary>The names of the properties being written, outermost first.</summary>
    private readonly List<string> _enclosing = [];

    /// <summary>Property name → its <see cref="Words"/>.</summary>
    private readonly Dictionary<string, HashSet<string>> _nameWords = new(StringComparer.Ordinal);

    /// <summary>Components a compact schema writes in place: those referenced once and not recursive (no <c>$defs</c> entry, no name).</summary>
    private HashSet<string> _inline = new(StringComparer.Ordinal);

    /// <summary>Component name → the reference text that first reached it (named in errors).</summary>
    private readonly Dictionary<string, string> _reached = new(StringComparer.Ordinal);

    private SchemaWriter(ComponentSchemas components, Func<string, string>? text, bool compact)
    {
        _components = components;
        _text = text;
        _compact = compact;
    }

    /// <summary>How the keys and values of a JSON object are read.</summary>
    private enum Context
    {
        /// <summary>A schema: keywords, translated descriptions, <c>$ref</c>s.</summary>
        Schema,

        /// <summary>Names → schemas (<c>properties</c>, <c>$defs</c>): every key kept.</summary>
        Names,

        /// <summary>Data (<c>enum</c>, <c>const</c>, <c>default</c>, <c>required</c>, examples): written as is.</summary>
        Literal,
    }

    /// <summary>
    /// The input schema: <c>{"type":"object","properties":{…parameters…,"body":…},"required":[…],
    /// "$defs":{…}}</c>. A parameter's description is added when its schema has none.
    /// </summary>
    public static JsonElement WriteInput(
        ComponentSchemas components,
        IReadOnlyList<(string Name, JsonElement Schema, string? Description, bool Required)> properties,
        Func<string, string>? text = null,
        string? title = null)
    {
        var writer = new SchemaWriter(components, text, compact: true);
        writer._titleWords.UnionWith(Words(title ?? string.Empty));
        var distinct = LastWins(properties);
        writer._inline = writer.UsedOnce(distinct.Select(p => p.Schema));
        return Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("type", "object");
            json.WritePropertyName("properties");
            json.WriteStartObject();
            foreach (var property in distinct)
            {
                json.WritePropertyName(property.Name);
                var plan = ObjectPlan.From(property.Schema);
                if (property.Description is not null && !plan.Contains("description"))
                {
                    plan.Set("description", property.Description);
                }

                writer._enclosing.Add(property.Name);
                writer.WritePlan(json, plan, property.Name);
                writer._enclosing.RemoveAt(writer._enclosing.Count - 1);
            }

            json.WriteEndObject();
            var required = distinct.Where(p => p.Required).Select(p => p.Name).ToList();
            if (required.Count > 0)
            {
                json.WritePropertyName("required");
                json.WriteStartArray();
                foreach (var name in required)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
            }

            writer.WriteDefs(json);
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The output schema of a success response schema (or of none): an object schema, or a <c>$ref</c> to one, is
    /// inlined as the root (<c>type</c> forced to <c>object</c>; siblings of the <c>$ref</c> override the component's
    /// keys); anything else is wrapped as <c>{"type":"object","properties":{"result":…}}</c>. With <paramref name="finish"/>,
    /// the schema returned is <paramref name="finish"/>'s rewrite of the written one, which is never copied out.
    /// </summary>
    public static (JsonElement Schema, bool Wrapped) WriteOutput(
        ComponentSchemas components, JsonElement? response, Func<string, string>? text = null, Func<JsonElement, JsonElement>? finish = null)
    {
        var writer = new SchemaWriter(components, text, compact: false);
        if (response is not { } schema)
        {
            var undocumented = new ObjectPlan();
            undocumented.Set("description", "The response body, when SCP sends one.");
            return (Write(json => WriteWrapped(writer, json, undocumented), finish), true);
        }

        var root = writer.ResolveRoot(schema);
        if (root is not null && IsObjectSchema(root))
        {
            root.Set("type", "object");
            return (Write(json =>
            {
                writer.CollectAll(root);
                if (writer._reached.Count > 0)
                {
                    root.Set("$defs", null);
                }

                writer.WritePlan(json, root);
            }, finish), false);
        }

        return (Write(json => WriteWrapped(writer, json, ObjectPlan.From(schema)), finish), true);
    }

    private static void WriteWrapped(SchemaWriter writer, Utf8JsonWriter json, ObjectPlan result)
    {
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("result");
        writer.WritePlan(json, result);
        json.WriteEndObject();
        writer.WriteDefs(json);
        json.WriteEndObject();
    }

    private static List<(string Name, JsonElement Schema, string? Description, bool Required)> LastWins(
        IReadOnlyList<(string Name, JsonElement Schema, string? Description, bool Required)> properties)
    {
        // A name given twice keeps its first position and its last value, as setting a JSON object's key does.
        var order = new List<string>();
        var latest = new Dictionary<string, (string Name, JsonElement Schema, string? Description, bool Required)>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!latest.ContainsKey(property.Name))
            {
                order.Add(property.Name);
            }

            latest[property.Name] = property;
        }

        return order.ConvertAll(name => latest[name]);
    }

    private static bool IsObjectSchema(ObjectPlan schema)
    {
        schema.TryGet("type", out var type);
        return type switch
        {
            JsonElement { ValueKind: JsonValueKind.String } text => text.ValueEquals("object"),
            JsonElement { ValueKind: JsonValueKind.Array } types => types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.ValueEquals("object")),
            string text => text == "object",
            null or JsonElement { ValueKind: JsonValueKind.Null } => schema.Contains("properties"),
            _ => false,
        };
    }

    /// <summary>The root to inline: the schema itself, or the component its <c>$ref</c> names with the sibling keys laid over it; null when the reference is not to a component.</summary>
    private ObjectPlan? ResolveRoot(JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
        {
            return ObjectPlan.From(schema);
        }

        var text = reference.GetString()!;
        if (ComponentName(text) is not { } name)
        {
            return null;
        }

        var target = Component(name, text);
        var root = ObjectPlan.From(target);
        foreach (var property in schema.EnumerateObject())
        {
            if (!property.NameEquals("$ref"))
            {
                root.Set(property.Name, property.Value);
            }
        }

        return root;
    }

    private static JsonElement Write(Action<Utf8JsonWriter> write, Func<JsonElement, JsonElement>? finish = null)
        => JsonScratch.Write(WriterOptions, write, finish);

    /// <summary>
    /// The components referenced exactly once from <paramref name="roots"/> and the components they reach, and not part of a
    /// reference cycle: a compact schema writes them in place of their <c>$ref</c>.
    /// </summary>
    private HashSet<string> UsedOnce(IEnumerable<JsonElement> roots)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        void Count(JsonElement schema, List<string>? targets)
        {
            foreach (var (name, reference) in CollectReferences(schema))
            {
                targets?.Add(name);
                counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
                if (!edges.ContainsKey(name))
                {
                    edges[name] = [];
                    pending.Enqueue(name);
                    Component(name, reference);
                }
            }
        }

        foreach (var root in roots)
        {
            Count(root, null);
        }

        while (pending.TryDequeue(out var name))
        {
            Count(_components.Get(name)!.Value, edges[name]);
        }

        bool Reaches(string from, string target, HashSet<string> seen) =>
            edges[from].Any(next => next == target || (seen.Add(next) && Reaches(next, target, seen)));
        return counts.Where(c => c.Value == 1 && !Reaches(c.Key, c.Key, new HashSet<string>(StringComparer.Ordinal)))
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A plan whose <c>$ref</c> names a component written in place: the component with the plan's other keys laid over it.</summary>
    private ObjectPlan Expand(ObjectPlan plan)
    {
        while (plan.TryGet("$ref", out var value) && value is JsonElement { ValueKind: JsonValueKind.String } reference
            && ComponentName(reference.GetString()!) is { } name && _inline.Contains(name))
        {
            var merged = ObjectPlan.From(Component(name, reference.GetString()!));
            foreach (var (key, entry) in plan.Entries)
            {
                if (key != "$ref")
                {
                    merged.Set(key, entry);
                }
            }

            plan = merged;
        }

        return plan;
    }

    /// <summary>
    /// In a compact schema, <c>anyOf [X, {"type":"null"}]</c> with X of one type as X with <c>null</c> added to its type
    /// (and to its <c>enum</c>): the same values accepted, a dozen tokens fewer. X's other keywords (pattern, bounds,
    /// properties, required) constrain only values of X's type, so null stays valid; X with a <c>const</c>, a combinator or
    /// a <c>$ref</c> to a <c>$defs</c> entry is left as written.
    /// </summary>
    private ObjectPlan MergeNullable(ObjectPlan plan)
    {
        if (!_compact || !plan.TryGet("anyOf", out var value) || value is not JsonElement { ValueKind: JsonValueKind.Array } branches
            || branches.GetArrayLength() != 2 || plan.Entries.Any(e => e.Key is "type" or "enum" or "const" or "$ref" or "allOf" or "oneOf" or "not"))
        {
            return plan;
        }

        var other = branches.EnumerateArray().Where(b => ScpSchemaReader.TypeNames(b) is not ["null"]).ToList();
        if (other.Count != 1 || other[0].ValueKind != JsonValueKind.Object)
        {
            return plan;
        }

        var merged = Expand(ObjectPlan.From(other[0]));
        if (!merged.TryGet("type", out var type) || type is not JsonElement { ValueKind: JsonValueKind.String } single || single.ValueEquals("null")
            || merged.Entries.Any(e => e.Key is "$ref" or "const" or "allOf" or "anyOf" or "oneOf" or "not")
            || (merged.TryGet("enum", out var values) && values is not JsonElement { ValueKind: JsonValueKind.Array }))
        {
            return plan;
        }

        merged.Set("type", Write(json =>
        {
            json.WriteStartArray();
            single.WriteTo(json);
            json.WriteStringValue("null");
            json.WriteEndArray();
        }));
        if (values is JsonElement allowed && !allowed.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null))
        {
            merged.Set("enum", Write(json =>
            {
                json.WriteStartArray();
                foreach (var item in allowed.EnumerateArray())
                {
                    item.WriteTo(json);
                }

                json.WriteNullValue();
                json.WriteEndArray();
            }));
        }

        foreach (var (key, entry) in plan.Entries)
        {
            if (key != "anyOf")
            {
                merged.Set(key, entry);
            }
        }

        return merged;
    }

    /// <summary>Writes a schema held as a plan; <paramref name="name"/> is its property's name, when it is one.</summary>
    private void WritePlan(Utf8JsonWriter json, ObjectPlan plan, string? name = null)
    {
        plan = MergeNullable(Expand(plan));
        json.WriteStartObject();
        foreach (var (key, value) in plan.Entries)
        {
            switch (value)
            {
                case null when key == "$defs":
                    WriteDefsProperty(json);
                    break;
                case JsonElement element:
                    WriteKeyword(json, key, element, name);
                    break;
                case string text when key == "description":
                    WriteDescription(json, text, name);
                    break;
                case string text:
                    json.WriteString(key, text);
                    break;
            }
        }

        json.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter json, JsonElement element, Context context = Context.Schema, string? name = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when context == Context.Literal:
                element.WriteTo(json);
                break;
            case JsonValueKind.Object when context == Context.Schema
                && ((_inline.Count > 0 && element.TryGetProperty("$ref", out _)) || (_compact && element.TryGetProperty("anyOf", out _))):
                WritePlan(json, ObjectPlan.From(element), name);
                break;
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (context == Context.Names)
                    {
                        json.WritePropertyName(property.Name);
                        _enclosing.Add(property.Name);
                        WriteValue(json, property.Value, Context.Schema, property.Name);
                        _enclosing.RemoveAt(_enclosing.Count - 1);
                    }
                    else
                    {
                        WriteKeyword(json, property.Name, property.Value, name);
                    }
                }

                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteValue(json, item, context == Context.Literal ? Context.Literal : Context.Schema);
                }

                json.WriteEndArray();
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }

    /// <summary>Writes one keyword of a schema (or leaves it out of a compact one); <paramref name="name"/> is the schema's property name.</summary>
    private void WriteKeyword(Utf8JsonWriter json, string key, JsonElement value, string? name)
    {
        if (value.ValueKind == JsonValueKind.String && key == "$ref")
        {
            json.WritePropertyName(key);
            WriteReference(json, value.GetString()!);
            return;
        }

        if (value.ValueKind == JsonValueKind.String && key == "description")
        {
            WriteDescription(json, value.GetString()!, name);
            return;
        }

        if (_compact && key is "example" or "examples")
        {
            return;
        }

        json.WritePropertyName(key);
        var context = key switch
        {
            "properties" or "$defs" or "definitions" or "patternProperties" or "dependentSchemas" => Context.Names,
            "enum" or "const" or "default" or "required" or "example" or "examples" => Context.Literal,
            _ => Context.Schema,
        };
        WriteValue(json, value, context);
    }

    /// <summary>Writes a description in the language asked for; a compact schema drops one that says nothing its context does not.</summary>
    private void WriteDescription(Utf8JsonWriter json, string description, string? name)
    {
        var text = _text is null ? description : _text(description);
        if (_compact && (text.Length == 0 || (name is not null && (SameLetters(text, name) || RepeatsContext(text, name)))))
        {
            return;
        }

        json.WriteString("description", text);
    }

    /// <summary>
    /// True when every word of <paramref name="text"/> is in <paramref name="name"/>, an enclosing property's name or the
    /// operation's title (<c>Volume ID</c> for <c>volume_id</c>; <c>Schedule frequency</c> for <c>frequency</c> in
    /// <c>schedules</c>): the model reads all of these beside it.
    /// </summary>
    private bool RepeatsContext(string text, string name)
    {
        var words = Words(text);
        words.ExceptWith(FillerWords);
        foreach (var word in words)
        {
            if (!_titleWords.Contains(word) && !WordsOf(name).Contains(word) && !_enclosing.Exists(e => WordsOf(e).Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The <see cref="Words"/> of a property name, split once per writer (names repeat throughout a schema).</summary>
    private HashSet<string> WordsOf(string name)
    {
        if (!_nameWords.TryGetValue(name, out var words))
        {
            words = Words(name);
            _nameWords.Add(name, words);
        }

        return words;
    }

    /// <summary>True when <paramref name="text"/> spells <paramref name="name"/> (<c>AiMLOps Platform Create Request</c> for <c>ai_ml_ops_platform_create_request</c>).</summary>
    private static bool SameLetters(string text, string name)
    {
        // The letters and digits of both, lower-cased, compared in step (no copies: this runs for every description).
        int i = 0, j = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            while (j < name.Length && !char.IsLetterOrDigit(name[j]))
            {
                j++;
            }

            if (i == text.Length || j == name.Length)
            {
                return i == text.Length && j == name.Length;
            }

            if (char.ToLowerInvariant(text[i++]) != char.ToLowerInvariant(name[j++]))
            {
                return false;
            }
        }
    }

    private static readonly string[] FillerWords = ["a", "an", "the", "of", "to", "for", "in", "on", "by"];

    /// <summary>The lower-case words of <paramref name="text"/> (letters and digits; snake_case split), a plural's <c>s</c> dropped.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            if (word.Length > 3 && word[^1] == 's')
            {
                word.Length--;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;
    }

    private void WriteReference(Utf8JsonWriter json, string reference)
    {
        if (ComponentName(reference) is { } name)
        {
            Reach(name, reference);
            json.WriteStringValue(DefsPrefix + name);
        }
        else
        {
            json.WriteStringValue(reference);
        }
    }

    /// <summary>Writes <c>"$defs"</c> with every component reached so far and those they reach, when there are any.</summary>
    private void WriteDefs(Utf8JsonWriter json)
    {
        if (_reached.Count > 0)
        {
            WriteDefsProperty(json);
        }
    }

    private void WriteDefsProperty(Utf8JsonWriter json)
    {
        // Close over the references first, so the names can be written in order.
        var pending = new Queue<string>(_reached.Keys);
        while (pending.TryDequeue(out var name))
        {
            foreach (var (reached, reference) in Outside(Component(name, _reached[name])))
            {
                if (_reached.TryAdd(reached, reference))
                {
                    pending.Enqueue(reached);
                }
            }
        }

        json.WritePropertyName("$defs");
        json.WriteStartObject();
        foreach (var name in _reached.Keys.Order(StringComparer.Ordinal).ToList())
        {
            json.WritePropertyName(name);
            WriteValue(json, Component(name, _reached[name]));
        }

        json.WriteEndObject();
    }

    /// <summary>The references of <paramref name="schema"/> to components not written in place, looking through those that are.</summary>
    private IEnumerable<(string Name, string Reference)> Outside(JsonElement schema)
    {
        foreach (var (name, reference) in CollectReferences(schema))
        {
            if (!_inline.Contains(name))
            {
                yield return (name, reference);
                continue;
            }

            foreach (var inner in Outside(Component(name, reference)))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Marks every component <paramref name="plan"/> references as reached (before its <c>$defs</c> are placed).</summary>
    private void CollectAll(ObjectPlan plan)
    {
        foreach (var (key, value) in plan.Entries)
        {
            if (value is not JsonElement element)
            {
                continue;
            }

            if (key == "$ref" && element.ValueKind == JsonValueKind.String)
            {
                var reference = element.GetString()!;
                if (ComponentName(reference) is { } name)
                {
                    Reach(name, reference);
                }

                continue;
            }

            foreach (var (name, reference) in CollectReferences(element))
            {
                Reach(name, reference);
            }
        }
    }

    private void Reach(string name, string reference)
    {
        if (!_reached.ContainsKey(name))
        {
            Component(name, reference);
            _reached[name] = reference;
        }
    }

    private JsonElement Component(string name, string reference) =>
        _components.Get(name)
        ?? throw new InvalidOperationException($"Schema reference '{reference}' does not resolve to a component schema.");

    private static List<(string Name, string Reference)> CollectReferences(JsonElement element)
    {
        var found = new List<(string, string)>();
        Collect(element, found);
        return found;

        static void Collect(JsonElement element, List<(string, string)> found)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("$ref") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            var reference = property.Value.GetString()!;
                            if (ComponentName(reference) is { } name)
                            {
                                found.Add((name, reference));
                            }
                        }
                        else
                        {
                            Collect(property.Value, found);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, found);
                    }

                    break;
            }
        }
    }

    private static string? ComponentName(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? reference[ComponentPrefix.Length..]
        : reference.StartsWith(DefsPrefix, StringComparison.Ordinal) ? reference[DefsPrefix.Length..]
        : null;

    /// <summary>
    /// An object's keys in order with values that are a <see cref="JsonElement"/>, a string, or null (a placeholder
    /// for <c>$defs</c>); setting an existing key replaces its value in place, a new key goes last.
    /// </summary>
    private sealed class ObjectPlan
    {
        private readonly List<(string Key, object? Value)> _entries = [];

        public IReadOnlyList<(string Key, object? Value)> Entries => _entries;

        public static ObjectPlan From(JsonElement schema)
        {
            var plan = new ObjectPlan();
            foreach (var property in schema.EnumerateObject())
            {
                plan.Set(property.Name, property.Value);
            }

            return plan;
        }

        public bool Contains(string key) => _entries.Exists(e => e.Key == key);

        public bool TryGet(string key, out object? value)
        {
            var index = _entries.FindIndex(e => e.Key == key);
            value = index >= 0 ? _entries[index].Value : null;
            return index >= 0;
        }

        public void Set(string key, object? value)
        {
            var index = _entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                _entries[index] = (key, value);
            }
            else
            {
                _entries.Add((key, value));
            }
        }
    }
}
