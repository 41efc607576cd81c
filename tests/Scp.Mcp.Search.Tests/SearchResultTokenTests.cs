using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.ML.Tokenizers;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace Scp.Mcp.Search.Tests;

/// <summary>What a search answer costs the model: 5 hits within 300 tokens (o200k tokenizer), for every evaluation request.</summary>
public sealed class SearchResultTokenTests(ITestOutputHelper output)
{
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForEncoding("o200k_base");

    [Fact]
    public void Search_FiveHits_FitIn300Tokens()
    {
        var counts = SearchEvaluation.Requests.Select(r =>
        {
            var results = new JsonArray([.. SearchEvaluation.Search.Search(r.Request, 5).Select(o => (JsonNode)DiscoverMode.Hit(o, ScpSchemaDialect.Default))]);
            var text = new JsonObject { ["results"] = results }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return (Request: r, Tokens: O200k.CountTokens(text), Text: text);
        }).OrderBy(x => x.Tokens).ToList();

        var largest = counts[^1];
        output.WriteLine($"5 hits: median {counts[counts.Count / 2].Tokens} tokens, max {largest.Tokens} ({largest.Request.Id})");
        output.WriteLine(largest.Text);
        Assert.True(largest.Tokens <= 300, $"5 hits for {largest.Request.Id} cost {largest.Tokens} tokens: {largest.Text}");
    }
}
