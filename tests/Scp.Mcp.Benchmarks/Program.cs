using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process toolchain: the benchmarks run in this process, so no second build of the whole solution is needed
// (on the shared 2-core machine that build alone takes minutes).
// `-- tokens [--dump <file>]` counts model-visible tokens instead (TokenReport; README "What a model reads").
if (args is ["tokens", ..])
{
    return await Scp.Mcp.Benchmarks.TokenReport.RunAsync(Console.Out, args is [_, "--dump", var dump, ..] ? dump : null);
}

// `-- search --embedding [minilm|arctic|minilm,arctic] [threads]` measures an embedding re-ranker instead (EmbeddingExperiment).
// It needs the opt-in build: `dotnet run -c Release -p:EmbeddingExperiment=true --project tests/Scp.Mcp.Benchmarks -- …`.
if (args is ["search", "--embedding", ..])
{
#if EMBEDDING_EXPERIMENT
    return Scp.Mcp.Benchmarks.EmbeddingExperiment.Run(Console.Out, args.Length > 2 ? args[2].Split(',') : ["minilm"],
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
#else
    Console.Error.WriteLine("-- search --embedding needs the models: build with -p:EmbeddingExperiment=true " +
        "(dotnet run -c Release -p:EmbeddingExperiment=true --project tests/Scp.Mcp.Benchmarks -- search --embedding).");
    return 2;
#endif
}

// `-- search-grid [Name=v1,v2 …]` measures ranking parameters on the tuning half only (SearchGrid; docs/search.md).
if (args is ["search-grid", ..])
{
    return Scp.Mcp.Benchmarks.SearchGrid.Run(Console.Out, args[1..]);
}

// `-- search-query "request" …` prints each request's top 10 with their scores, to see why a ranking came out as it did.
if (args is ["search-query", ..])
{
    return Scp.Mcp.Benchmarks.SearchReport.Query(Console.Out, args[1..]);
}

// `-- search --misses` adds the tuning half's misses (odd ids only: the held-out half's are never printed);
// `-- search --misses --dev` the development set's instead.
// `-- search` prints the search's quality on the evaluation set and its latency (SearchReport; docs/search.md).
if (args is ["search", ..])
{
    return Scp.Mcp.Benchmarks.SearchReport.Run(Console.Out, args.Contains("--misses"), args.Contains("--dev"));
}

// Results go to bench/out (ignored by git), not to the current folder.
var config = DefaultConfig.Instance
    .WithArtifactsPath(Path.Combine(Scp.Mcp.Tests.Common.RepositoryRoot.Path, "bench", "out", "BenchmarkDotNet.Artifacts"))
    .AddColumn(StatisticColumn.Median)
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(30).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Scp.Mcp.Benchmarks.ToolCallBenchmarks).Assembly).Run(args, config);
return 0;
