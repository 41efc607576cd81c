using Scp.Sdk.Catalog;

namespace Scp.Emulator.Routing;

/// <summary>The operation a request resolved to, with its path parameter values.</summary>
internal sealed record RouteMatch(ScpOperationDescriptor Operation, PathTemplate Template, IReadOnlyDictionary<string, string> PathValues);
