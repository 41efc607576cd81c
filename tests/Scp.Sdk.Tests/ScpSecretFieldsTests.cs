using Scp.Sdk.Security;

namespace Scp.Sdk.Tests;

public class ScpSecretFieldsTests
{
    [Theory]
    [InlineData("cifs_password", true)]
    [InlineData("secretKey", true)]
    [InlineData("access-key", true)]
    [InlineData("auth_token", true)]
    [InlineData("volume_name", false)]
    [InlineData("keyword", false)]
    public void IsSecret_FieldName_Classifies(string name, bool secret)
    {
        Assert.Equal(secret, ScpSecretFields.IsSecret(name));
    }
}
