using System.Text;
using System.Text.Json;
using Scp.Sdk.BaremetalBlockstorage.V1_2;
using Scp.Sdk.Serialization;

namespace Scp.Sdk.Tests;

/// <summary>
/// The typed models read answers that drift from the docs the way real services do (issue 13): a required field left
/// out or null, fields the docs don't list, decimals as numbers or strings — and write back what they read.
/// </summary>
public sealed class ScpDriftedAnswerTests
{
    [Fact]
    public void Model_RequiredFieldMissing_ReadsAndWritesBackWithoutInventingIt()
    {
        var qos = ScpJson.DeserializeObject<QoSModel>(Encoding.UTF8.GetBytes("""{"throughput":125}"""));

        Assert.Equal(125, qos.Throughput);
        Assert.Equal("""{"throughput":125}""", Encoding.UTF8.GetString(ScpJson.SerializeObject(qos).Span));
    }

    [Fact]
    public void Model_RequiredNonNullableFieldNull_ReadsAsAbsent()
    {
        // A null where the docs promise an integer reads like a missing value (no exception, no invented number).
        var qos = ScpJson.DeserializeObject<QoSModel>(Encoding.UTF8.GetBytes("""{"iops":null,"throughput":125}"""));

        Assert.Equal(0, qos.Iops);
        Assert.Equal("""{"throughput":125}""", Encoding.UTF8.GetString(ScpJson.SerializeObject(qos).Span));
    }

    [Fact]
    public void Model_UnknownFields_AreKeptAndRoundTrip()
    {
        var json = """{"iops":3000,"throughput":125,"x_new":{"nested":[1,"two"]},"burst":true}""";

        var qos = ScpJson.DeserializeObject<QoSModel>(Encoding.UTF8.GetBytes(json));
        var written = Encoding.UTF8.GetString(ScpJson.SerializeObject(qos).Span);

        Assert.Equal(["x_new", "burst"], qos.AdditionalProperties!.Keys);
        Assert.True(JsonElement.DeepEquals(JsonElement.Parse(json), JsonElement.Parse(written)), written);
    }

    [Fact]
    public void Model_IntegerSentAsString_IsKeptRawAndRoundTrips()
    {
        var json = """{"iops":"3000","throughput":125}""";

        var qos = ScpJson.DeserializeObject<QoSModel>(Encoding.UTF8.GetBytes(json));
        var written = Encoding.UTF8.GetString(ScpJson.SerializeObject(qos).Span);

        Assert.True(JsonElement.DeepEquals(JsonElement.Parse(json), JsonElement.Parse(written)), written);
    }
}
