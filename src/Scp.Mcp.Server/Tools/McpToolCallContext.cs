using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Tools;

/// <summary>Call context of an MCP <c>tools/call</c>: elicitation and progress notifications to the client.</summary>
internal sealed class McpToolCallContext(RequestContext<CallToolRequestParams> request) : IToolCallContext
{
    public async Task<ConfirmationOutcome> ConfirmAsync(string message, CancellationToken cancellationToken)
    {
        var server = request.Server;
        if (server.ClientCapabilities?.Elicitation is null)
        {
            return ConfirmationOutcome.Unsupported;
        }

        ElicitResult result;
        try
        {
            result = await server.ElicitAsync(
                new ElicitRequestParams
                {
                    Message = message,
                    RequestedSchema = new ElicitRequestParams.RequestSchema
                    {
                        Properties = new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>(),
                    },
                },
                cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // e.g. a stateless HTTP session: the client's capability is visible but the server cannot ask back.
            return ConfirmationOutcome.Unsupported;
        }
        return result.Action switch
        {
            "accept" => ConfirmationOutcome.Accepted,
            "decline" => ConfirmationOutcome.Declined,
            _ => ConfirmationOutcome.Cancelled,
        };
    }

    public async ValueTask ReportProgressAsync(double progress, string message, CancellationToken cancellationToken)
    {
        if (request.Params?.ProgressToken is { } token)
        {
            await request.Server.NotifyProgressAsync(
                token,
                new ProgressNotificationValue { Progress = (float)progress, Message = message },
                cancellationToken: cancellationToken);
        }
    }
}
