// The command line is thin: Entry reads the verb and maps failures to exit codes.
return Site.Cli.Entry.Run(args, Console.Out, Console.Error, Site.Display.Terminal.IsInteractive());
