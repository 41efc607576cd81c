using Scp.Sdk.Transport;

namespace Scp.Sdk.Tests;

public class ScpSignerTests
{
    private const string KnownUrl = "https://filestorage.kr-west1.e.samsungsdscloud.com/v1/volumes?limit=20&offset=0";

    [Fact]
    public void ComputeSignature_KnownVector_MatchesOfficialAlgorithm()
    {
        var signature = ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null);

        Assert.Equal("6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA=", signature);
    }

    [Fact]
    public void ComputeSignature_LowerCaseMethod_SignsUpperCase()
    {
        Assert.Equal(
            ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null),
            ScpSigner.ComputeSignature("get", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null));
    }

    [Theory]
    [InlineData("POST", KnownUrl, 1605290625682L, "AKTEST", "SKTEST", null)]
    [InlineData("GET", KnownUrl + "&x=1", 1605290625682L, "AKTEST", "SKTEST", null)]
    [InlineData("GET", KnownUrl, 1605290625683L, "AKTEST", "SKTEST", null)]
    [InlineData("GET", KnownUrl, 1605290625682L, "AKTEST2", "SKTEST", null)]
    [InlineData("GET", KnownUrl, 1605290625682L, "AKTEST", "SKTEST2", null)]
    [InlineData("GET", KnownUrl, 1605290625682L, "AKTEST", "SKTEST", "acc-1")]
    public void ComputeSignature_AnyInputChanged_SignatureChanges(string method, string url, long timestamp, string accessKey, string secretKey, string? accountId)
    {
        var signature = ScpSigner.ComputeSignature(method, url, timestamp, accessKey, secretKey, accountId);

        Assert.NotEqual("6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA=", signature);
    }

    [Fact]
    public void ComputeSignature_DoubleEncodedUrl_DiffersFromUrlAsSent()
    {
        var sent = ScpSigner.ComputeSignature("GET", "https://h/v1/x?name=a%20b", 1, "AK", "SK", null);
        var doubleEncoded = ScpSigner.ComputeSignature("GET", "https://h/v1/x?name=a%2520b", 1, "AK", "SK", null);

        Assert.NotEqual(sent, doubleEncoded);
    }

    [Fact]
    public void CreateHeaders_NoAccountId_SendsFourHeadersWithoutAccountId()
    {
        var headers = ScpSigner.CreateHeaders("GET", KnownUrl, DateTimeOffset.FromUnixTimeMilliseconds(1605290625682), new ScpCredentials("AKTEST", "SKTEST"));

        Assert.Equal(
            [
                new(ScpHeaders.AccessKey, "AKTEST"),
                new(ScpHeaders.Timestamp, "1605290625682"),
                new(ScpHeaders.Signature, "6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA="),
                new(ScpHeaders.ClientType, "Openapi"),
            ],
            headers);
    }

    [Fact]
    public void CreateHeaders_AccountId_SendsAccountIdAndSignsIt()
    {
        var headers = ScpSigner.CreateHeaders("GET", KnownUrl, DateTimeOffset.FromUnixTimeMilliseconds(1605290625682), new ScpCredentials("AKTEST", "SKTEST", "acc-9"))
            .ToDictionary(h => h.Key, h => h.Value);

        Assert.Equal("acc-9", headers[ScpHeaders.AccountId]);
        Assert.Equal(ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", "acc-9"), headers[ScpHeaders.Signature]);
    }

    [Fact]
    public void Sign_RequestAlreadySigned_ReplacesEveryOldHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, KnownUrl);
        ScpSigner.Sign(request, new ScpCredentials("AKTEST", "SKTEST", "acc-1"), DateTimeOffset.FromUnixTimeMilliseconds(1));

        ScpSigner.Sign(request, new ScpCredentials("AKTEST", "SKTEST"), DateTimeOffset.FromUnixTimeMilliseconds(1605290625682));

        Assert.Equal("6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA=", Assert.Single(request.Headers.GetValues(ScpHeaders.Signature)));
        Assert.Equal("1605290625682", Assert.Single(request.Headers.GetValues(ScpHeaders.Timestamp)));
        Assert.False(request.Headers.Contains(ScpHeaders.AccountId));
    }

    [Fact]
    public void VerifySignature_CorrectAndTampered_AcceptsOnlyCorrect()
    {
        Assert.True(ScpSigner.VerifySignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null, "6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA="));
        Assert.False(ScpSigner.VerifySignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null, "6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJB="));
        Assert.False(ScpSigner.VerifySignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null, null));
    }

    [Fact]
    public void CredentialsToString_Always_HidesSecretKey()
    {
        var text = new ScpCredentials("AKTESTACCESSKEY", "very-secret-key-123", "acc").ToString();

        Assert.DoesNotContain("very-secret-key-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AKTESTACCESSKEY", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }
}
