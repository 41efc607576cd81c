using System.Text.Json;
using Scp.Mcp.Server.Cli;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server.Tests;

/// <summary>English text by default for every current tool of the real catalogue; the Korean originals with <c>--language ko</c>.</summary>
public sealed class EnglishTextTests
{
    private static readonly IReadOnlyList<ScpOperationDescriptor> Current = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).ToList();

    [Fact]
    public void Tools_EveryCurrentOperation_HasCuratedEnglishDescriptionWithoutHangulWithin1024Characters()
    {
        var problems = new List<string>();
        foreach (var operation in Current)
        {
            var description = ToolFactory.Describe(operation);
            if (operation.EnglishDescription is null)
            {
                problems.Add($"{operation.ToolName}: no English description in specs/{operation.Api.Product}/text.en.json");
            }

            if (HasHangul(description))
            {
                problems.Add($"{operation.ToolName}: description has Hangul: {description}");
            }

            if (description.Length > 1024)
            {
                problems.Add($"{operation.ToolName}: description has {description.Length} characters (clients may cut at 1,024)");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Schemas_EveryParameterAndFieldOfEveryCurrentTool_IsDescribedInEnglish()
    {
        var problems = new List<string>();
        foreach (var operation in Current)
        {
            var english = ScpSchemaComposer.Compose(operation);
            var korean = ScpSchemaComposer.Compose(operation, language: ScpTextLanguage.Korean);
            foreach (var (which, schema) in new[] { ("input", english.Input), ("output", english.Output) })
            {
                foreach (var (path, text) in Descriptions(schema, "$"))
                {
                    if (HasHangul(text))
                    {
                        problems.Add($"{operation.ToolName} {which} {path}: no English text for '{text}'");
                    }
                }
            }

            // A field described in Korean must not lose its description in English (a missing translation is not "no text").
            var englishPaths = Descriptions(english.Output, "$").Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var (path, _) in Descriptions(korean.Output, "$").Where(d => !englishPaths.Contains(d.Path)))
            {
                problems.Add($"{operation.ToolName} output {path}: described in Korean, not in English");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Schemas_KoreanLanguage_ServesTheOriginals()
    {
        var operation = Current.Single(o => o.ToolName == "file_list_volumes");

        var korean = ScpSchemaComposer.GetInputSchema(operation, language: ScpTextLanguage.Korean);
        var english = ScpSchemaComposer.GetInputSchema(operation);

        Assert.Equal("볼륨 이름", korean.GetProperty("properties").GetProperty("name").GetProperty("description").GetString());
        Assert.Equal("Volume name", operation.Api.EnglishText["볼륨 이름"]);
        Assert.False(english.GetProperty("properties").GetProperty("name").TryGetProperty("description", out _)); // "Volume name" for name in "List volumes" says nothing more
        Assert.Contains("볼륨 이름", korean.GetRawText(), StringComparison.Ordinal); // UTF-8, not \uBCFC
        Assert.Contains("파일스토리지", ToolFactory.Describe(operation, ScpTextLanguage.Korean), StringComparison.Ordinal);
        Assert.Equal(operation.EnglishDescription, ToolFactory.Describe(operation));
    }

    [Fact]
    public async Task ToolsList_LanguageKo_ListsKoreanDescriptions()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Language = ScpTextLanguage.Korean }, operations: ScpCatalog.Operations);

        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == "file_list_volumes").ProtocolTool;

        Assert.Contains("파일스토리지", tool.Description, StringComparison.Ordinal);
        Assert.Equal("볼륨 이름", tool.InputSchema.GetProperty("properties").GetProperty("name").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData(new[] { "--language", "ko" }, ScpTextLanguage.Korean)]
    [InlineData(new[] { "--language", "ko-KR" }, ScpTextLanguage.Korean)]
    [InlineData(new[] { "--language", "en" }, ScpTextLanguage.English)]
    [InlineData(new string[0], ScpTextLanguage.English)]
    public void CommandLine_Language_SetsTheTextLanguage(string[] args, ScpTextLanguage expected)
    {
        var options = ScpMcpCommandLine.Read(ScpMcpCommandLine.Create().Parse(args));

        if (args.Length > 0 || Environment.GetEnvironmentVariable("SCP_LANGUAGE") is null)
        {
            Assert.Equal(expected, options.Language);
        }
    }

    [Theory]
    [InlineData("ko", ScpTextLanguage.Korean)]
    [InlineData("ko-KR", ScpTextLanguage.Korean)]
    [InlineData("en-US", ScpTextLanguage.English)]
    [InlineData(null, ScpTextLanguage.English)]
    public void ParseLanguage_ScpLanguageValues_MapToTextLanguage(string? value, ScpTextLanguage expected) =>
        Assert.Equal(expected, ScpMcpCommandLine.ParseLanguage(value));

    [Fact]
    public void Success_KoreanValue_TextCopyIsUtf8NotEscaped()
    {
        var structured = JsonDocument.Parse("{\"name\":\"\\uBCFC\\uB968 \\uC774\\uB984\",\"size\":1}").RootElement;

        var text = Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(Assert.Single(ResultBuilder.Success(structured).Content)).Text;

        Assert.Equal("{\"name\":\"볼륨 이름\",\"size\":1}", text);
    }

    private static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F');

    /// <summary>Every <c>description</c> string in a schema with its JSON path (property names of <c>properties</c> maps kept).</summary>
    private static List<(string Path, string Text)> Descriptions(JsonElement element, string path)
    {
        var found = new List<(string, string)>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("description") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add((path, property.Value.GetString()!));
                    }
                    else if (!property.NameEquals("example") && !property.NameEquals("examples") && !property.NameEquals("enum") && !property.NameEquals("default"))
                    {
                        found.AddRange(Descriptions(property.Value, path + "/" + property.Name));
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    found.AddRange(Descriptions(item, path + "/" + index++));
                }

                break;
        }

        return found;
    }
}
