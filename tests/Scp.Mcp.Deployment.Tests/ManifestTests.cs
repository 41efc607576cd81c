using System.Text.Json;
using Scp.Mcp.EndToEnd.Tests.Harness;

namespace Scp.Mcp.Deployment.Tests;

/// <summary>
/// deploy/ checked offline: the Kubernetes manifests rendered with <c>kubectl kustomize</c> and every object checked
/// against the Kubernetes schemas (npm <c>kubernetes-models</c>, pinned in node/package-lock.json); the container
/// image settings as MSBuild evaluates them; the HAProxy config by <c>haproxy -c</c>.
/// </summary>
public sealed class ManifestTests
{
    private static readonly string NodeDir = Path.Combine(RepositoryRoot.Path, "tests", "Scp.Mcp.Deployment.Tests", "node");
    private static readonly string Overlay = Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", "team");

    [Fact]
    public async Task Kustomize_TeamOverlay_EveryObjectValidAgainstKubernetesSchemas()
    {
        var objects = await RenderAndCheckAsync();

        Assert.All(objects, o => Assert.True(o.GetProperty("error").ValueKind == JsonValueKind.Null,
            $"{o.GetProperty("kind")} {o.GetProperty("name")}: {o.GetProperty("error")}"));
        var kinds = objects.Select(o => o.GetProperty("kind").GetString()).ToList();
        foreach (var kind in new[] { "Namespace", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget" })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.All(objects.Where(o => o.GetProperty("kind").GetString() != "Namespace"),
            o => Assert.Equal("scp-mcp", o.GetProperty("object").GetProperty("metadata").GetProperty("namespace").GetString()));
    }

    [Fact]
    public async Task Kustomize_ServerDeployment_HardenedProbedAndSecretsByReference()
    {
        var objects = await RenderAndCheckAsync();
        var deployment = objects.Single(o => o.GetProperty("kind").GetString() == "Deployment" && o.GetProperty("name").GetString() == "scp-mcp")
            .GetProperty("object");
        var pod = deployment.GetProperty("spec").GetProperty("template").GetProperty("spec");
        var container = pod.GetProperty("containers")[0];
        var security = container.GetProperty("securityContext");

        Assert.True(pod.GetProperty("securityContext").GetProperty("runAsNonRoot").GetBoolean());
        Assert.False(security.GetProperty("allowPrivilegeEscalation").GetBoolean());
        Assert.True(security.GetProperty("readOnlyRootFilesystem").GetBoolean());
        Assert.Equal("ALL", security.GetProperty("capabilities").GetProperty("drop")[0].GetString());
        Assert.Equal("/healthz", container.GetProperty("livenessProbe").GetProperty("httpGet").GetProperty("path").GetString());
        Assert.Equal("/readyz", container.GetProperty("readinessProbe").GetProperty("httpGet").GetProperty("path").GetString());
        Assert.True(container.GetProperty("resources").GetProperty("limits").TryGetProperty("memory", out _));
        Assert.Equal("registry.example.com/platform/scp-mcp:0.1.0", container.GetProperty("image").GetString());

        var env = container.GetProperty("env").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        foreach (var secret in new[] { "SCP_ACCESS_KEY", "SCP_SECRET_KEY", "SCP_MCP_CONFIRM_KEY", "SCP_MCP_BEARER_TOKEN", "SCP_MCP_AUTH_AUTHORITY", "SCP_MCP_AUTH_AUDIENCE" })
        {
            Assert.True(env.TryGetValue(secret, out var variable), $"{secret} is not set");
            Assert.False(variable.TryGetProperty("value", out _), $"{secret} has a literal value: secrets come from a Secret reference");
            Assert.Equal("scp-mcp", variable.GetProperty("valueFrom").GetProperty("secretKeyRef").GetProperty("name").GetString());
        }

        Assert.Equal("scp-mcp-redis:6379", env["SCP_MCP_REDIS"].GetProperty("value").GetString());
        Assert.DoesNotContain(objects, o => o.GetProperty("kind").GetString() == "Secret");
    }

    [Fact]
    public async Task ContainerProperties_ScpContainer_NonRootAotImageServingHttp()
    {
        var result = await ProcessRunner.RunAsync("dotnet",
            ["msbuild", Path.Combine(RepositoryRoot.Path, "src", "Scp.Mcp.Server", "Scp.Mcp.Server.csproj"), "-p:ScpContainer=true", "-p:RuntimeIdentifier=linux-x64",
             "-getProperty:EnableSdkContainerSupport", "-getProperty:PublishAot", "-getProperty:ContainerUser", "-getProperty:ContainerBaseImage",
             "-getProperty:ContainerRepository", "-getItem:ContainerPort", "-getItem:ContainerAppCommandArgs"],
            RepositoryRoot.Path, TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, result.Describe());
        using var json = JsonDocument.Parse(result.Stdout);
        var properties = json.RootElement.GetProperty("Properties");
        var items = json.RootElement.GetProperty("Items");

        Assert.Equal("true", properties.GetProperty("EnableSdkContainerSupport").GetString());
        Assert.Equal("true", properties.GetProperty("PublishAot").GetString());
        Assert.Equal("1654", properties.GetProperty("ContainerUser").GetString());
        Assert.StartsWith("mcr.microsoft.com/dotnet/runtime-deps:10.0", properties.GetProperty("ContainerBaseImage").GetString(), StringComparison.Ordinal);
        Assert.Equal("scp-mcp", properties.GetProperty("ContainerRepository").GetString());
        Assert.Equal("8080", items.GetProperty("ContainerPort")[0].GetProperty("Identity").GetString());
        Assert.Equal(["--transport", "http", "--urls", "http://0.0.0.0:8080"],
            items.GetProperty("ContainerAppCommandArgs").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()));
    }

    [Fact]
    public async Task HaproxyConfig_Production_ParsesAndKeepsSessionsSticky()
    {
        var config = Path.Combine(RepositoryRoot.Path, "deploy", "haproxy", "haproxy.cfg");
        var text = await File.ReadAllTextAsync(config);
        Assert.Contains("stick on req.hdr(mcp-session-id)", text, StringComparison.Ordinal);
        Assert.Contains("stick store-response res.hdr(mcp-session-id)", text, StringComparison.Ordinal);
        Assert.Contains("option redispatch", text, StringComparison.Ordinal);
        Assert.Contains("meth GET uri /readyz", text, StringComparison.Ordinal);

        var check = await ProcessRunner.RunAsync("haproxy", ["-c", "-f", config], RepositoryRoot.Path, TimeSpan.FromSeconds(30));
        Assert.True(check.ExitCode == 0, check.Describe());
    }

    private static async Task<List<JsonElement>> RenderAndCheckAsync()
    {
        var rendered = Path.Combine(Path.GetTempPath(), $"scp-mcp-k8s-{Guid.NewGuid():N}.yaml");
        try
        {
            var kustomize = await ProcessRunner.RunAsync("kubectl", ["kustomize", Overlay], RepositoryRoot.Path, TimeSpan.FromMinutes(1));
            Assert.True(kustomize.ExitCode == 0, kustomize.Describe());
            await File.WriteAllTextAsync(rendered, kustomize.Stdout);

            await InstallAsync();
            await NodeHarness.EnsureInstalledAsync(); // the pinned Node 22 (kubernetes-models wants Node >= 22)
            var check = await ProcessRunner.RunAsync(NodeHarness.NodeExe, [Path.Combine(NodeDir, "check-manifests.mjs"), rendered], NodeDir, TimeSpan.FromMinutes(2));
            Assert.True(check.ExitCode == 0, check.Describe());
            using var json = JsonDocument.Parse(check.Stdout.Trim().Split('\n').Last());
            var objects = json.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.Clone()).ToList();
            Assert.NotEmpty(objects);
            return objects;
        }
        finally
        {
            File.Delete(rendered);
        }
    }

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private static async Task InstallAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            var stamp = Path.Combine(NodeDir, "node_modules", ".scp-stamp");
            var expected = await File.ReadAllTextAsync(Path.Combine(NodeDir, "package-lock.json"));
            if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == expected)
            {
                return;
            }

            var install = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel", "error"], NodeDir, TimeSpan.FromMinutes(10));
            Assert.True(install.ExitCode == 0, install.Describe());
            await File.WriteAllTextAsync(stamp, expected);
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
