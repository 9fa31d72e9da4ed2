using HebeiCredit.Cli.Commands;

return await CliApp.RunAsync(args);
