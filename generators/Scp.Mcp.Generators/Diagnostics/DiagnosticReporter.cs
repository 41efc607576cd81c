using System.Linq;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Diagnostics;

/// <summary>Turns equatable <see cref="DiagnosticInfo"/> into Roslyn diagnostics in an output step.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(info.Id), info.ToLocation(), info.Arguments.Cast<object>().ToArray()));
        }
    }
}
