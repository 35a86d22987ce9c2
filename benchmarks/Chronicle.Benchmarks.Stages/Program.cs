using BenchmarkDotNet.Running;

// Each stage of the full pipeline alone, on real articles, with allocations (BenchmarkDotNet, run on demand):
//   dotnet run -c Release --project benchmarks/Chronicle.Benchmarks.Stages -- --filter '*'
// The articles are the first 300 of ../shared/corpora/news/bbc (CHRONICLE_BENCH_CORPUS names another folder).
BenchmarkSwitcher.FromAssembly(typeof(Chronicle.Benchmarks.Stages.StageBenchmarks).Assembly).Run(args);
