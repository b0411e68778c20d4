// A synthetic newspaper for load tests, built from the seeds, and the whole-build benchmark that uses it.
return Site.Corpus.Cli.Entry.Run(args, Console.Out, Console.Error);
