using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process toolchain: the benchmarks run in this process, so no second build of the whole solution is needed
// (on the shared 2-core machine that build alone takes minutes).
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(30).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Scp.Mcp.Benchmarks.ToolCallBenchmarks).Assembly).Run(args, config);
