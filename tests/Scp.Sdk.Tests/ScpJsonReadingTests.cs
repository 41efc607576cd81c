using System.Text;
using System.Text.Json;
using Scp.Sdk.BaremetalBlockstorage.V1_2;
using Scp.Sdk.Serialization;
using BackupRestoreTarget = Scp.Sdk.Backup.V1_1.BackupRestoreTargetResponse;

namespace Scp.Sdk.Tests;

/// <summary>How the typed SDK reads the values SCP's docs show: decimals as numbers or numeric strings, timestamps with or without an offset.</summary>
public sealed class ScpJsonReadingTests
{
    [Theory]
    [InlineData("123.4", "123.4")]
    [InlineData("\"123.4\"", "123.4")]
    [InlineData("0", "0")]
    [InlineData("\"-1.5e3\"", "-1500")]
    [InlineData("null", null)]
    public void ReadDecimal_NumberOrNumericString_GivesTheDecimal(string json, string? expected)
    {
        var value = ScpJson.Deserialize(Encoding.UTF8.GetBytes(json), static (ref Utf8JsonReader r) => ScpJson.ReadDecimal(ref r));

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("\"about 3\"")]
    [InlineData("{}")]
    [InlineData("1e400")]
    public void ReadDecimal_NotANumber_FailsNamingWhatWasExpected(string json)
    {
        var error = Assert.Throws<JsonException>(() =>
            ScpJson.Deserialize(Encoding.UTF8.GetBytes(json), static (ref Utf8JsonReader r) => ScpJson.ReadDecimal(ref r)));

        Assert.Contains("a number or a numeric string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_DecimalSentAsNumberOrAsString_ReadsTheSameDecimal()
    {
        var asNumber = ScpJson.DeserializeObject<VolumeSnapshotListResponse>(Encoding.UTF8.GetBytes(
            """{"snapshot_capacity_mb":0,"snapshot_capacity_rate":12.5,"snapshot_total_usage":"3.25","snapshots":[]}"""));
        var restoreTarget = ScpJson.DeserializeObject<BackupRestoreTarget>(Encoding.UTF8.GetBytes("""{"usage_gb":"123.4"}"""));

        Assert.Equal(0m, asNumber.SnapshotCapacityMb);
        Assert.Equal(12.5m, asNumber.SnapshotCapacityRate);
        Assert.Equal(3.25m, asNumber.SnapshotTotalUsage);
        Assert.Equal(123.4m, restoreTarget.UsageGb);
        Assert.Null(restoreTarget.AdditionalProperties);
    }

    [Fact]
    public void Model_DecimalFieldWithAValueThatIsNoNumber_KeepsTheValueRaw()
    {
        var json = """{"usage_gb":"n/a"}""";

        var target = ScpJson.DeserializeObject<BackupRestoreTarget>(Encoding.UTF8.GetBytes(json));

        Assert.Equal(0m, target.UsageGb);
        Assert.Equal("n/a", target.AdditionalProperties!["usage_gb"].GetString());
        Assert.Contains("\"usage_gb\":\"n/a\"", Encoding.UTF8.GetString(ScpJson.SerializeObject(target).Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-04-01T00:00:00+09:00", "2025-03-31T15:00:00+00:00")]
    [InlineData("2024-05-17T00:23:17Z", "2024-05-17T00:23:17+00:00")]
    [InlineData("2024-07-30T04:54:33.219373", "2024-07-30T04:54:33.2193730+00:00")]
    [InlineData("2024-10-28T05:38:48", "2024-10-28T05:38:48+00:00")]
    public void DateTime_WithOrWithoutOffset_IsInterpretedAndKeptAsSent(string text, string utc)
    {
        var value = ScpJson.Deserialize(Encoding.UTF8.GetBytes($"\"{text}\""), static (ref Utf8JsonReader r) => ScpJson.ReadValue<ScpDateTime>(ref r))!.Value;

        Assert.True(value.TryGetDateTimeOffset(out var parsed));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset - (text.EndsWith("+09:00", StringComparison.Ordinal) ? TimeSpan.FromHours(9) : TimeSpan.Zero));
        Assert.Equal(text, value.Text);
    }
}
