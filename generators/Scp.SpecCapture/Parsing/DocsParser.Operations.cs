using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Parsing;

/// <summary>Operation level: one section per API version.</summary>
public sealed partial class DocsParser
{
    private List<RawOperation> ParseOperation(Dictionary<string, string> headings, string product)
    {
        var (number, name) = ExpectHeading(headings, 3, null, "an operation heading");
        var versions = new List<RawOperation>();
        while (AtChildHeading(number, out _, out _))
        {
            versions.Add(ParseOperationVersion(headings, number, name, product));
        }

        if (versions.Count == 0)
        {
            throw _reader.Error($"a version section '{number}.1 - <version>' for operation '{name}'");
        }

        return versions;
    }

    private RawOperation ParseOperationVersion(Dictionary<string, string> headings, string parent, string name, string product)
    {
        var line = _reader.LineNumber;
        var (_, version) = ExpectHeading(headings, parent.Split('.').Length + 1, parent, "a version heading");
        if (!DocsPatterns.Version().IsMatch(version))
        {
            throw RowError(line, $"expected an API version like '1.0' in the heading, found '{version}'");
        }

        var method = _reader.ExpectMatch(DocsPatterns.MethodLine(), "a method and path line such as 'get /v1/buckets'");
        _reader.Expect("Description");
        var description = ReadLinesUntil(l => DocsPatterns.StatusLine().IsMatch(l), "the status line '상태 ACTIVE (CURRENT)'");
        var status = _reader.ExpectMatch(DocsPatterns.StatusLine(), "the status line").Groups["status"].Value;
        var versionRows = TableParser.Read(_reader, "버전", "최소 지원 보장일");
        if (versionRows.Count != 1 || Cell(versionRows[0], 0) != version)
        {
            throw RowError(versionRows.Count > 0 ? versionRows[0].Line : _reader.LineNumber, $"expected one row '| {version} | <date or -> |' in the operation's version table");
        }

        _reader.Expect("Parameters");
        var parameters = TableParser.Read(_reader, "Type", "Name", "Description", "Schema", "Default");
        _reader.Expect("Responses");
        var responses = TableParser.Read(_reader, "HTTP Code", "Description", "Schema");
        if (responses.Count == 0)
        {
            throw _reader.Error("at least one response row");
        }

        _reader.Expect("Example HTTP request");
        _reader.Expect("Request path");
        var pathLine = _reader.LineNumber;
        var pathExample = _reader.ExpectMatch(PathExample(), "the example request path (a line starting with '/')").Value;
        if (pathExample.Split('?')[0] != method.Groups["path"].Value)
        {
            throw RowError(pathLine, $"expected the example request path to start with '{method.Groups["path"].Value}', found '{pathExample}'");
        }

        _reader.Expect("Request header");
        CheckApiVersionHeader(product, version);
        JsonNode? requestExample = null;
        if (_reader.Current == "Request body")
        {
            _reader.Advance();
            requestExample = ReadExample("Example HTTP response");
        }

        _reader.Expect("Example HTTP response");
        var examples = new List<(string, int, JsonNode?)>();
        while (!_reader.AtEnd && DocsPatterns.ResponseExample().Match(_reader.Current) is { Success: true } marker)
        {
            var markerLine = _reader.LineNumber;
            _reader.Advance();
            examples.Add((marker.Groups["code"].Value, markerLine, ReadExample(null)));
        }

        return new RawOperation
        {
            Line = line,
            Name = name,
            Version = version,
            Method = method.Groups["method"].Value,
            Path = method.Groups["path"].Value,
            Description = description,
            Status = status,
            SupportedUntil = ParseDate(Cell(versionRows[0], 1)),
            Parameters = parameters,
            Responses = responses,
            RequestExample = requestExample,
            ResponseExamples = examples,
        };
    }

    private JsonNode? ReadExample(string? stopAt)
    {
        var line = _reader.LineNumber;
        var example = ExampleBlock.Read(_reader, stopAt, out var isJson);
        if (!isJson)
        {
            _notes.Add($"{_reader.File}:{line}: example is not valid JSON; kept as a string");
        }

        return example;
    }

    /// <summary>The header lines; <c>Scp-Api-Version</c> must name this service's product and this version.</summary>
    private void CheckApiVersionHeader(string product, string version)
    {
        var found = false;
        while (!_reader.AtEnd && DocsPatterns.HeaderLine().Match(_reader.Current) is { Success: true } header)
        {
            if (header.Groups["name"].Value == "Scp-Api-Version")
            {
                found = true;
                var expected = $"{product} {version}";
                if (header.Groups["value"].Value != expected)
                {
                    throw _reader.Error($"the header \"Scp-Api-Version = {expected}\" (product from the OpenAPI URL, version from the heading)");
                }
            }

            _reader.Advance();
        }

        if (!found)
        {
            throw _reader.Error("a request header line \"Scp-Api-Version = <product> <version>\"");
        }
    }

    private OperationDoc BuildOperation(RawOperation raw, IReadOnlySet<string> modelNames)
    {
        var parameters = new List<FieldDoc>();
        FieldDoc? body = null;
        foreach (var row in raw.Parameters)
        {
            var parameter = Note(RowParser.ParseParameterRow(row, modelNames, RowError), raw.Name);
            if (parameter.Name.Length == 0)
            {
                parameter = parameter with { Name = NameFromPath(raw, parameter, parameters) };
            }

            if (parameter.Location == "body")
            {
                body = body is null ? parameter : throw RowError(row.Line, "a second body row; an operation has at most one request body");
            }
            else
            {
                parameters.Add(parameter);
            }
        }

        var placeholders = Placeholder().Matches(raw.Path).Select(m => m.Groups["name"].Value).ToList();
        var pathParameters = parameters.Where(p => p.Location == "path").ToList();
        foreach (var missing in placeholders.Where(n => pathParameters.All(p => p.Name != n)))
        {
            throw RowError(raw.Line, $"expected a path parameter row for '{{{missing}}}' of '{raw.Path}' in the Parameters table");
        }

        foreach (var extra in pathParameters.Where(p => !placeholders.Contains(p.Name)))
        {
            throw RowError(extra.Line, $"path parameter '{extra.Name}' does not occur in '{raw.Path}'");
        }

        var responses = new List<ResponseDoc>();
        foreach (var row in raw.Responses)
        {
            var code = Cell(row, 0);
            var schemaCell = Cell(row, row.Cells.Count - 1);
            var schema = schemaCell == "None" ? null : SchemaCellParser.Parse(schemaCell, modelNames);
            if (row.Cells.Count != 3 || code.Length != 3 || !code.All(char.IsAsciiDigit) || (schema is null && schemaCell != "None"))
            {
                throw RowError(row.Line, $"expected a response row '| 200 | OK | <model or None> |', found '|{string.Join('|', row.Cells)}|'");
            }

            var example = raw.ResponseExamples.Where(e => e.Code == code).Select(e => e.Body).FirstOrDefault();
            responses.Add(new ResponseDoc(row.Line, code, Cell(row, 1), schema, example));
        }

        foreach (var (code, line, exampleBody) in raw.ResponseExamples)
        {
            if (responses.All(r => r.Code != code))
            {
                throw RowError(line, $"example 'Response {code}' has no row in the Responses table");
            }

            if (exampleBody is not null && responses.First(r => r.Code == code).Schema is null)
            {
                _notes.Add($"{_reader.File}:{line}: example for {code} given although the schema is None; kept without a schema");
            }
        }

        return new OperationDoc
        {
            Line = raw.Line,
            Name = raw.Name,
            Version = raw.Version,
            Method = raw.Method,
            Path = raw.Path,
            Description = raw.Description,
            Status = raw.Status,
            SupportedUntil = raw.SupportedUntil,
            Parameters = parameters,
            Body = body,
            RequestExample = raw.RequestExample,
            Responses = responses,
        };
    }

    /// <summary>A path parameter row without a name takes the one placeholder of the path no other row names.</summary>
    private string NameFromPath(RawOperation raw, FieldDoc parameter, List<FieldDoc> named)
    {
        var unclaimed = Placeholder().Matches(raw.Path)
            .Select(m => m.Groups["name"].Value)
            .Where(n => named.All(p => p.Location != "path" || p.Name != n))
            .Where(n => raw.Parameters.All(r => r.Line == parameter.Line || (Cell(r, 1) != n && !Cell(r, 1).StartsWith(n + " ", StringComparison.Ordinal))))
            .ToList();
        if (parameter.Location != "path" || unclaimed.Count != 1)
        {
            throw RowError(parameter.Line, $"expected a parameter name in the Name cell (a nameless {parameter.Location} parameter can only be resolved when it is a path parameter and '{raw.Path}' leaves exactly one placeholder unnamed)");
        }

        _notes.Add($"{_reader.File}:{parameter.Line}: {raw.Name}: nameless path parameter named '{unclaimed[0]}' from the path template");
        return unclaimed[0];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    [System.Text.RegularExpressions.GeneratedRegex(@"^/\S*$")]
    private static partial System.Text.RegularExpressions.Regex PathExample();
}
