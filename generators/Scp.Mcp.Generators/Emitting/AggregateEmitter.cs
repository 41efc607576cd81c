using System.Collections.Generic;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Emitting;

/// <summary>
/// Emits the cross-spec files: <c>ScpCatalog.g.cs</c> (Populate calls every spec's adder, ordered by product then
/// version), <c>ScpClient.g.cs</c> (one property per product) and <c>{Product}.Client.g.cs</c> (one property per version).
/// </summary>
internal static class AggregateEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(EquatableArray<ProductPlan> products)
    {
        yield return ("ScpCatalog.g.cs", EmitCatalog(products));
        yield return ("ScpClient.g.cs", EmitClient(products));
        foreach (var product in products)
        {
            yield return (product.ProductName + ".Client.g.cs", EmitProduct(product));
        }
    }

    private static string EmitCatalog(EquatableArray<ProductPlan> products)
    {
        var writer = new SourceWriter().Header("Scp.Sdk.Catalog")
            .Open("public static partial class ScpCatalog")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("static partial void Populate(global::System.Collections.Generic.List<global::Scp.Sdk.Catalog.ScpApiDescriptor> apis, global::System.Collections.Generic.List<global::Scp.Sdk.Catalog.ScpOperationDescriptor> operations)");
        foreach (var product in products)
        {
            foreach (var version in product.VersionNames)
            {
                writer.Line("global::Scp.Sdk." + product.ProductName + "." + version + "." + product.ProductName + version + "Catalog.AddTo(apis, operations);");
            }
        }

        return writer.Close().Close().ToString();
    }

    private static string EmitClient(EquatableArray<ProductPlan> products)
    {
        var writer = new SourceWriter().Header("Scp.Sdk").Open("public sealed partial class ScpClient");
        foreach (var product in products)
        {
            var type = "global::Scp.Sdk." + product.ProductName + "." + product.ProductName + "Client";
            var field = "_" + char.ToLowerInvariant(product.ProductName[0]) + product.ProductName.Substring(1);
            writer.Line("private " + type + "? " + field + ";")
                .Line()
                .Line("/// <summary>Operations of <c>" + SourceWriter.Xml(product.Product) + "</c>, by API version.</summary>")
                .Line(SourceWriter.GeneratedCodeAttribute)
                .Line("public " + type + " " + product.ProductName + " => " + field + " ??= new(Invoker);")
                .Line();
        }

        return writer.Close().ToString();
    }

    private static string EmitProduct(ProductPlan product)
    {
        var name = product.ProductName + "Client";
        var writer = new SourceWriter().Header("Scp.Sdk." + product.ProductName)
            .Line("/// <summary>The API versions of <c>" + SourceWriter.Xml(product.Product) + "</c>.</summary>")
            .Line(SourceWriter.GeneratedCodeAttribute)
            .Open("public sealed partial class " + name)
            .Line("private readonly global::Scp.Sdk.Invocation.IScpOperationInvoker _invoker;");
        foreach (var version in product.VersionNames)
        {
            writer.Line("private global::Scp.Sdk." + product.ProductName + "." + version + "." + product.ProductName + version + "Client? _" + version.ToLowerInvariant() + ";");
        }

        writer.Line()
            .Line("internal " + name + "(global::Scp.Sdk.Invocation.IScpOperationInvoker invoker) => _invoker = invoker;");
        foreach (var version in product.VersionNames)
        {
            writer.Line()
                .Line("/// <summary>API version " + version.Substring(1).Replace('_', '.') + ".</summary>")
                .Line("public global::Scp.Sdk." + product.ProductName + "." + version + "." + product.ProductName + version + "Client " + version
                    + " => _" + version.ToLowerInvariant() + " ??= new(_invoker);");
        }

        return writer.Close().ToString();
    }
}
