using System.CommandLine;
using System.Text;
using Leerwerk.Cli.Commands;

// Dutch output with accents must survive a pipe into another program.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("Leerwerk: leer-werktrajecten volgens de wet, van intake tot diploma.");
foreach (var command in CommandList.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
