using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>Service level: overview, version table, URL, regions, APIs, Models.</summary>
public sealed partial class DocsParser
{
    private ServiceDoc ParseService(Dictionary<string, string> headings)
    {
        var headingLine = _reader.LineNumber;
        var (number, title) = ExpectHeading(headings, 1, null, "a service section heading such as '1 - Archive Storage'");
        _reader.Expect("Overview");
        var overview = ReadLinesUntil(l => l == "Version", "'Version' after the overview");
        _reader.Expect("Version");
        var versionRows = TableParser.Read(_reader, "Version", "Status", "Supported Until");
        var versions = new List<VersionDoc>();
        foreach (var row in versionRows)
        {
            var version = Cell(row, 0);
            var status = Cell(row, 1);
            if (!DocsPatterns.Version().IsMatch(version) || status is not ("CURRENT" or "DEPRECATED"))
            {
                throw RowError(row.Line, $"expected a version row '| 1.1 | CURRENT | - |', found '{string.Join('|', row.Cells)}'");
            }

            versions.Add(new VersionDoc(version, status, ParseDate(Cell(row, 2))));
        }

        _reader.Expect("OpenAPI URL");
        var urlLine = _reader.LineNumber;
        var url = _reader.ExpectMatch(DocsPatterns.UrlTemplate(), "the OpenAPI URL template 'https://<product>.{region}.{environment}.samsungsdscloud.com'");
        _reader.Expect("Environment and Region List");
        var regions = TableParser.Read(_reader, "environment", "region")
            .Select(r => new RegionDoc(Cell(r, 0), Cell(r, 1)))
            .ToList();
        if (regions.Count == 0)
        {
            throw _reader.Error("at least one environment/region row");
        }

        var product = url.Groups["product"].Value;
        ExpectHeading(headings, 2, number, $"the heading '{number}.1 - APIs'");
        var rawOperations = new List<RawOperation>();
        while (AtChildHeading(number + ".1", out _, out _))
        {
            rawOperations.AddRange(ParseOperation(headings, product));
        }

        if (rawOperations.Count == 0)
        {
            throw _reader.Error($"an operation heading '{number}.1.1 - <operation name>'");
        }

        ExpectHeading(headings, 2, number, $"the heading '{number}.2 - Models' (or another operation under '{number}.1')");
        var rawModels = new List<(int Line, string Name, IReadOnlyList<RawRow> Rows)>();
        while (AtChildHeading(number + ".2", out _, out _))
        {
            var line = _reader.LineNumber;
            var (_, name) = ExpectHeading(headings, 3, number + ".2", "a model heading");
            rawModels.Add((line, name, TableParser.Read(_reader, "Name", "Description", "Schema", "Default")));
        }

        if (!_reader.AtEnd && !IsHeading(_reader.Current, out _, out _, depth: 1))
        {
            throw _reader.Error($"a model heading '{number}.2.k - <model name>' or the next service heading");
        }

        var modelNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in rawModels)
        {
            if (!modelNames.Add(model.Name))
            {
                throw RowError(model.Line, $"model '{model.Name}' is listed twice in this service");
            }
        }

        var models = rawModels
            .Select(m => new ModelDoc(m.Line, m.Name, m.Rows.Select(r => Note(RowParser.ParseFieldRow(r, modelNames, RowError), m.Name)).ToList()))
            .ToList();
        var operations = rawOperations.Select(o => BuildOperation(o, modelNames)).ToList();
        var service = new ServiceDoc
        {
            File = _reader.File,
            Line = headingLine,
            Title = title,
            Product = product,
            Overview = overview,
            Versions = versions.Count > 0 ? versions : DeriveVersions(title, operations),
            UrlTemplate = url.Value,
            Regions = regions,
            Operations = operations,
            Models = models,
        };
        CheckVersions(service, urlLine);
        return service;
    }

    private FieldDoc Note(FieldDoc field, string owner)
    {
        if (field.Oddity is not null)
        {
            _notes.Add($"{_reader.File}:{field.Line}: {owner}: {field.Oddity}");
        }

        if (field.Schema is null)
        {
            _notes.Add($"{_reader.File}:{field.Line}: {owner}.{field.Name} has no schema cell; type '{field.InferredType}' inferred from its example");
        }

        return field;
    }

    /// <summary>When the Version table is empty (AI-ML pages), versions and status come from the operations.</summary>
    private List<VersionDoc> DeriveVersions(string title, List<OperationDoc> operations)
    {
        var derived = operations
            .GroupBy(o => o.Version, StringComparer.Ordinal)
            .Select(g => new VersionDoc(
                g.Key,
                g.All(o => o.IsDeprecated) ? "DEPRECATED" : "CURRENT",
                g.Select(o => o.SupportedUntil).Distinct().Count() == 1 ? g.First().SupportedUntil : null))
            .OrderBy(v => v.Version, StringComparer.Ordinal)
            .ToList();
        _notes.Add($"{_reader.File}: the Version table of '{title}' is empty; versions {string.Join(", ", derived.Select(v => $"{v.Version} {v.Status}"))} derived from the operations");
        return derived;
    }

    private void CheckVersions(ServiceDoc service, int urlLine)
    {
        var known = service.Versions.Select(v => v.Version).ToHashSet(StringComparer.Ordinal);
        foreach (var operation in service.Operations.Where(o => !known.Contains(o.Version)))
        {
            throw RowError(operation.Line, $"operation '{operation.Name}' has version {operation.Version}, which the service's Version table does not list");
        }

        if (service.Versions.Count(v => v.Status == "CURRENT") != 1)
        {
            throw RowError(urlLine, $"expected exactly one CURRENT version for '{service.Product}', found {service.Versions.Count(v => v.Status == "CURRENT")}");
        }
    }
}
