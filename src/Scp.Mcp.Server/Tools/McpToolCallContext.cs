using System.Security.Claims;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// Call context of an MCP <c>tools/call</c>: confirmation through elicitation (clients with an <c>initialize</c>
/// session) or multi round-trip requests (clients on protocol 2026-07-28), and progress notifications to the client.
/// </summary>
internal sealed class McpToolCallContext(RequestContext<CallToolRequestParams> request) : IToolCallContext, IConfirmationRoundTrip
{
    /// <summary>The first protocol revision with multi round-trip requests (and without server-to-client elicitation over HTTP).</summary>
    public const string RoundTripProtocolVersion = "2026-07-28";

    /// <summary>The key of the confirmation in <c>inputRequests</c> and <c>inputResponses</c>.</summary>
    public const string ConfirmInputKey = "confirm";

    /// <summary>Claims naming the caller, most specific first: OAuth subject, then client id.</summary>
    private static readonly string[] PrincipalClaims = ["sub", ClaimTypes.NameIdentifier, "client_id", "azp"];

    public string Principal
    {
        get
        {
            var user = request.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return string.Empty;
            }

            foreach (var type in PrincipalClaims)
            {
                if (user.FindFirst(type)?.Value is { Length: > 0 } value)
                {
                    return value;
                }
            }

            return user.Identity.Name ?? string.Empty;
        }
    }

    /// <summary>This call itself, when the request speaks 2026-07-28 and declares elicitation; else null (elicitation, or no way to ask).</summary>
    public IConfirmationRoundTrip? RoundTrip
    {
        get
        {
            var context = request.JsonRpcRequest.Context;
            var version = context?.ProtocolVersion ?? request.Server.NegotiatedProtocolVersion;
            return version is not null && string.CompareOrdinal(version, RoundTripProtocolVersion) >= 0
                && context?.ClientCapabilities?.Elicitation is not null
                ? this
                : null;
        }
    }

    (string State, ConfirmationOutcome Answer)? IConfirmationRoundTrip.Answer
    {
        get
        {
            if (request.Params?.RequestState is not { Length: > 0 } state)
            {
                return null;
            }

            var answer = request.Params.InputResponses is { } responses && responses.TryGetValue(ConfirmInputKey, out var response)
                ? response.Deserialize(InputResponse.ElicitResultJsonTypeInfo)?.Action
                : null;
            return (state, answer switch
            {
                "accept" => ConfirmationOutcome.Accepted,
                "decline" => ConfirmationOutcome.Declined,
                _ => ConfirmationOutcome.Cancelled,
            });
        }
    }

    Exception IConfirmationRoundTrip.Ask(string message, string state)
        => new InputRequiredException(
            new Dictionary<string, InputRequest> { [ConfirmInputKey] = InputRequest.ForElicitation(Question(message)) },
            state);

    private static ElicitRequestParams Question(string message) => new()
    {
        Message = message,
        RequestedSchema = new ElicitRequestParams.RequestSchema
        {
            Properties = new Dictionary<string, ElicitRequestParams.PrimitiveSchemaDefinition>(),
        },
    };

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
            result = await server.ElicitAsync(Question(message), cancellationToken);
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
