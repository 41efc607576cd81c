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
    public void ComputeSignature_SecretKeyChangesBetweenCalls_SignsWithEachKey()
    {
        // The HMAC is kept per thread for its key: a rotated key, and the old one again, must each sign as they would alone.
        var first = ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKTEST", null);
        var rotated = ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", "SKOTHER", null);
        var again = ScpSigner.ComputeSignature("GET", KnownUrl, 1605290625682, "AKTEST", new string("SKTEST".AsSpan()), null);

        Assert.Equal("6FQpTBAPxpqeuzCzFasBLbCnzHe6IJP+mrZagAsQmJA=", first);
        Assert.NotEqual(first, rotated);
        Assert.Equal(first, again);
    }

    [Fact]
    public void ComputeSignature_LongUrl_SignsTheWholeMessage()
    {
        // Longer than the stack buffer: the message goes through a pooled buffer and every byte of it is signed.
        var url = KnownUrl + "&name=" + new string('a', 2000);

        var signature = ScpSigner.ComputeSignature("GET", url, 1605290625682, "AKTEST", "SKTEST", null);

        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            "SKTEST"u8, System.Text.Encoding.UTF8.GetBytes("GET" + url + "1605290625682AKTEST" + ScpHeaders.ClientTypeValue)));
        Assert.Equal(expected, signature);
        Assert.NotEqual(signature, ScpSigner.ComputeSignature("GET", url + "b", 1605290625682, "AKTEST", "SKTEST", null));
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
