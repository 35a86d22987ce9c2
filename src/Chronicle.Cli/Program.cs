using Chronicle.Cli;

// The command line's table of contents is ChronicleCli.BuildRoot: extract, ingest, export, stats, eval, bench, enqueue, worker.
return await ChronicleCli.RunAsync(args, CliContext.FromConsole()).ConfigureAwait(false);
