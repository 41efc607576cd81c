// Compiled by the tests together with the generator's output for Fixtures/specs (not part of the test assembly).
// Each scenario uses the generated typed SDK as a user would and returns what it observed as one string.
using System.Text;
using Scp.Sdk;
using Scp.Sdk.Catalog;
using Scp.Sdk.DemoStorage.V1_1;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.FixtureScenarios;

public sealed class RecordingInvoker(string responseJson, int statusCode = 200) : IScpOperationInvoker
{
    public ScpOperationRequest? Last { get; private set; }

    public Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
    {
        Last = request;
        return Task.FromResult(new ScpOperationResponse { StatusCode = statusCode, Body = Encoding.UTF8.GetBytes(responseJson) });
    }
}

public static class Scenarios
{
    public static async Task<string> ListVolumes()
    {
        var invoker = new RecordingInvoker("""{"count":1,"volumes":[{"id":"v-1","name":"n","size_gb":5,"state":"FROZEN","created_at":"2024-05-01 09:00:00"}]}""");
        var client = new ScpClient(invoker);

        var result = await client.DemoStorage.V1_1.ListVolumesAsync(limit: 20, states: [VolumeState.Available, new VolumeState("FROZEN")]);

        var request = invoker.Last!;
        var volume = result.Volumes[0];
        return string.Join("|",
            request.Operation.ToolName,
            string.Join("&", request.QueryValues.Select(q => q.Key + "=" + q.Value)),
            volume.State.Value + ":" + volume.State.IsKnown + ":" + VolumeState.Available.IsKnown,
            volume.CreatedAt?.Text,
            volume.SizeGb);
    }

    public static async Task<string> CreateVolume()
    {
        var invoker = new RecordingInvoker("""{"request_id":"req-1","resource_id":null}""", 202);
        var client = new ScpClient(invoker);

        var result = await client.DemoStorage.V1_1.CreateVolumeAsync(
            new VolumeCreateRequest { Name = "data", SizeGb = 100, DiskType = DiskType.Ssd }, xRequestSource: "tests");

        var request = invoker.Last!;
        return string.Join("|",
            request.Operation.Method + " " + request.Operation.PathTemplate,
            Encoding.UTF8.GetString(request.JsonBody!.Value.Span),
            request.HeaderValues["X-Request-Source"],
            result.RequestId,
            result.ResourceId ?? "null");
    }

    public static async Task<string> ShowDeprecatedVolume()
    {
        var invoker = new RecordingInvoker("""{"id":"v 1","name":"n"}""");
        var client = new ScpClient(invoker);

#pragma warning disable CS0618 // The deprecated version is called on purpose.
        var result = await client.DemoStorage.V1_0.ShowVolumeAsync("v 1");
#pragma warning restore CS0618

        var operation = invoker.Last!.Operation;
        return string.Join("|",
            invoker.Last.PathValues["volume_id"],
            result.Id,
            operation.ToolName,
            operation.IsCurrent,
            operation.Deprecated,
            operation.SupportedUntil,
            operation.Api.Version);
    }

    public static async Task<string> DeleteVolume()
    {
        var invoker = new RecordingInvoker(string.Empty, 204);
        var client = new ScpClient(invoker);

        var response = await client.DemoStorage.V1_1.DeleteVolumeAsync("v-1");

        return string.Join("|", response.StatusCode, invoker.Last!.Operation.Safety, invoker.Last.JsonBody is null);
    }

    public static Task<string> Catalog()
    {
        var operations = ScpCatalog.Operations;
        return Task.FromResult(string.Join("|",
            string.Join(",", ScpCatalog.Apis.Select(a => a.Product + "@" + a.Version + (a.IsCurrentVersion ? "*" : string.Empty))),
            string.Join(",", operations.Select(o => o.Api.Version + ":" + o.ToolName + ":" + o.Safety + (o.IsCurrent ? "*" : string.Empty))),
            operations.Single(o => o.OperationId == "ShowVolume" && o.IsCurrent).SafetyReason,
            operations.Single(o => o.OperationId == "ListVolumes").Title));
    }
}
