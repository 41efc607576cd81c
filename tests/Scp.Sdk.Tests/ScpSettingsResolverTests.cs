using Scp.Sdk.Configuration;

namespace Scp.Sdk.Tests;

public sealed class ScpSettingsResolverTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("scp-home-").FullName;
    private readonly Dictionary<string, string> _env = [];

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private ScpSettings Resolve(ScpCommandLineSettings? commandLine = null) =>
        new ScpSettingsResolver(name => _env.TryGetValue(name, out var v) ? v : null, _home).Resolve(commandLine);

    private void WriteFile(string relativePath, string json)
    {
        var path = Path.Combine(_home, ".scpconf", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    [Fact]
    public void Resolve_NothingConfigured_Defaults()
    {
        var settings = Resolve();

        Assert.Equal(("kr-west1", "s", "en-US"), (settings.Region, settings.Environment, settings.Language));
        Assert.False(settings.HasCredentials);
        Assert.Null(settings.EndpointOverride);
        Assert.Equal("https://backup.kr-west1.s.samsungsdscloud.com", settings.GetBaseUrl("backup"));
    }

    [Fact]
    public void Resolve_OfficialFiles_ReadEveryKey()
    {
        WriteFile("config.json", """{"default-region":"kr-east1","endpoint-override":"http://127.0.0.1:5100","account-id":"acc-f","environment":"e","language":"ko-KR"}""");
        WriteFile("credentials.json", """{"access-key":"AK-FILE","secret-key":"SK-FILE"}""");

        var settings = Resolve();

        Assert.Equal(("kr-east1", "e", "ko-KR", "acc-f"), (settings.Region, settings.Environment, settings.Language, settings.AccountId));
        Assert.Equal(("AK-FILE", "SK-FILE"), (settings.AccessKey, settings.SecretKey));
        Assert.Equal("http://127.0.0.1:5100", settings.GetBaseUrl("filestorage"));
        Assert.Contains("config.json (default-region)", settings.SourceOf(ScpSettingNames.Region), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ScpEnvironmentVariables_ReadEveryName()
    {
        _env["SCP_ACCESS_KEY"] = "AK-ENV";
        _env["SCP_SECRET_KEY"] = "SK-ENV";
        _env["SCP_ACCOUNT_ID"] = "acc-env";
        _env["SCP_REGION"] = "kr-south2";
        _env["SCP_ENVIRONMENT"] = "g";
        _env["SCP_ENDPOINT_OVERRIDE"] = "https://proxy.example.com/scp";
        _env["SCP_LANGUAGE"] = "ko-KR";

        var settings = Resolve();

        Assert.Equal(("AK-ENV", "SK-ENV", "acc-env", "kr-south2", "g", "ko-KR"), (settings.AccessKey, settings.SecretKey, settings.AccountId, settings.Region, settings.Environment, settings.Language));
        Assert.Equal("https://proxy.example.com/scp", settings.GetBaseUrl("backup"));
        Assert.Equal("environment variable SCP_REGION", settings.SourceOf(ScpSettingNames.Region));
    }

    [Fact]
    public void Resolve_OfficialTfEnvironmentVariables_Honoured()
    {
        _env["SCP_TF_ACCESS_KEY"] = "AK-TF";
        _env["SCP_TF_SECRET_KEY"] = "SK-TF";
        _env["SCP_TF_DEFAULT_REGION"] = "kr-east1";
        _env["SCP_TF_ENDPOINT_OVERRIDE"] = "http://localhost:9000";
        _env["SCP_TF_ACCOUNT_ID"] = "acc-tf";

        var settings = Resolve();

        Assert.Equal(("AK-TF", "SK-TF", "kr-east1", "acc-tf"), (settings.AccessKey, settings.SecretKey, settings.Region, settings.AccountId));
        Assert.Equal("http://localhost:9000", settings.GetBaseUrl("x"));
    }

    [Fact]
    public void Resolve_ScpAndTfNamesBothSet_ScpNamesWin()
    {
        _env["SCP_REGION"] = "kr-east1";
        _env["SCP_TF_DEFAULT_REGION"] = "kr-west1";

        Assert.Equal("kr-east1", Resolve().Region);
    }

    [Fact]
    public void Resolve_AllSources_CommandLineThenEnvironmentThenFiles()
    {
        WriteFile("config.json", """{"default-region":"kr-west1","account-id":"acc-file","language":"ko-KR"}""");
        WriteFile("credentials.json", """{"access-key":"AK-FILE","secret-key":"SK-FILE"}""");
        _env["SCP_REGION"] = "kr-east1";
        _env["SCP_ACCOUNT_ID"] = "acc-env";
        _env["SCP_ACCESS_KEY"] = "AK-ENV";
        _env["SCP_SECRET_KEY"] = "SK-ENV";

        var settings = Resolve(new ScpCommandLineSettings { AccountId = "acc-cli" });

        Assert.Equal("acc-cli", settings.AccountId);
        Assert.Equal("kr-east1", settings.Region);
        Assert.Equal(("AK-ENV", "SK-ENV"), (settings.AccessKey, settings.SecretKey));
        Assert.Equal("ko-KR", settings.Language);
        Assert.Equal("command line (--account-id)", settings.SourceOf(ScpSettingNames.AccountId));
    }

    [Fact]
    public void Resolve_CommandLineRegionAndEnvironment_BeatEnvironment()
    {
        _env["SCP_REGION"] = "kr-west1";
        _env["SCP_ENVIRONMENT"] = "s";

        var settings = Resolve(new ScpCommandLineSettings { Region = "kr-south1", Environment = "g" });

        Assert.Equal(("kr-south1", "g"), (settings.Region, settings.Environment));
    }

    [Fact]
    public void Resolve_NamedProfileFromCommandLine_ReadsOnlyProfileFiles()
    {
        WriteFile("config.json", """{"default-region":"kr-east1","account-id":"acc-default"}""");
        WriteFile("credentials.json", """{"access-key":"AK-DEFAULT","secret-key":"SK-DEFAULT"}""");
        WriteFile("profiles/gov/config.json", """{"default-region":"kr-south3","environment":"g"}""");
        WriteFile("profiles/gov/credentials.json", """{"access-key":"AK-GOV","secret-key":"SK-GOV"}""");

        var settings = Resolve(new ScpCommandLineSettings { Profile = "gov" });

        Assert.Equal(("kr-south3", "g", "AK-GOV", "gov"), (settings.Region, settings.Environment, settings.AccessKey, settings.Profile));
        Assert.Null(settings.AccountId);
    }

    [Fact]
    public void Resolve_ProfileFromEnvironment_Used()
    {
        WriteFile("profiles/dev/config.json", """{"default-region":"kr-east1"}""");
        _env["SCP_PROFILE"] = "dev";

        Assert.Equal("kr-east1", Resolve().Region);
    }

    [Fact]
    public void Resolve_MissingProfile_ErrorNamesProfileSourceAndDirectory()
    {
        _env["SCP_PROFILE"] = "nope";

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Equal(ScpSettingNames.Profile, ex.Setting);
        Assert.Contains("environment variable SCP_PROFILE", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(".scpconf", "profiles", "nope"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InvalidEnvironment_ErrorNamesSettingSourceAndAllowedValues()
    {
        _env["SCP_ENVIRONMENT"] = "prod";

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Equal("SCP environment 'prod' from environment variable SCP_ENVIRONMENT is invalid: allowed values are s, g, e.", ex.Message);
        Assert.Equal("environment variable SCP_ENVIRONMENT", ex.SettingSource);
    }

    [Fact]
    public void Resolve_RegionNotInEnvironment_ErrorListsRegionsOfThatEnvironment()
    {
        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve(new ScpCommandLineSettings { Region = "kr-south1" }));

        Assert.Equal(ScpSettingNames.Region, ex.Setting);
        Assert.Contains("command line (--region)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("kr-west1, kr-east1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InvalidLanguageInFile_ErrorNamesFile()
    {
        WriteFile("config.json", """{"language":"fr-FR"}""");

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Contains("config.json (language)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("en-US, ko-KR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RelativeEndpointOverride_ErrorNamesSetting()
    {
        _env["SCP_ENDPOINT_OVERRIDE"] = "localhost:5100/x y";

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Equal(ScpSettingNames.EndpointOverride, ex.Setting);
        Assert.Contains("SCP_ENDPOINT_OVERRIDE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnlyOneKeyInASource_ErrorSaysWhichIsMissing()
    {
        _env["SCP_ACCESS_KEY"] = "AK-ONLY";
        WriteFile("credentials.json", """{"access-key":"AK-FILE","secret-key":"SK-FILE"}""");

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Equal(ScpSettingNames.SecretKey, ex.Setting);
        Assert.Contains("environment variable SCP_ACCESS_KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BrokenCredentialsFile_ErrorNamesFileAndLineWithoutContent()
    {
        WriteFile("credentials.json", "{\n  \"access-key\": \"AK\",\n  \"secret-key\": SECRET-UNQUOTED\n}");

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Contains("credentials.json line 3", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'S'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NonStringValue_ErrorNamesKeyAndFile()
    {
        WriteFile("config.json", """{"default-region": 5}""");

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Contains("\"default-region\" must be a JSON string", ex.Message, StringComparison.Ordinal);
        Assert.Contains("config.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SecretWithStrayWhitespaceInside_RejectedWithoutEchoingIt()
    {
        _env["SCP_ACCESS_KEY"] = "AK";
        _env["SCP_SECRET_KEY"] = "SK\u00A0SECRETPART";

        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve());

        Assert.Equal(ScpSettingNames.SecretKey, ex.Setting);
        Assert.DoesNotContain("SECRETPART", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRequiredCredentials_NoKeys_ErrorSaysWhereToSetThem()
    {
        var ex = Assert.Throws<ScpConfigurationException>(() => Resolve().GetRequiredCredentials());

        Assert.Contains("SCP_ACCESS_KEY", ex.Message, StringComparison.Ordinal);
        Assert.Contains("credentials.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SettingsAndCommandLine_NeverShowSecretKey()
    {
        var commandLine = new ScpCommandLineSettings { AccessKey = "AKIDLONGACCESSKEY", SecretKey = "TOP-SECRET-VALUE-42" };

        var texts = new[] { commandLine.ToString(), Resolve(commandLine).ToString() };

        Assert.All(texts, t => Assert.DoesNotContain("TOP-SECRET-VALUE-42", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("AKIDLONGACCESSKEY", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("AKID****", t, StringComparison.Ordinal));
    }
}
