namespace Scp.Emulator.Security;

/// <summary>Header names SCP requests carry (DESIGN.md, "Signing").</summary>
internal static class ScpHeaders
{
    public const string AccessKey = "Scp-Accesskey";
    public const string Timestamp = "Scp-Timestamp";
    public const string Signature = "Scp-Signature";
    public const string ClientType = "Scp-ClientType";
    public const string ApiVersion = "Scp-Api-Version";
    public const string AccountId = "Scp-AccountId";
    public const string ClientTypeValue = "Openapi";
}
