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

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    // A bug, not a business "no": say so in Dutch, without a stack trace, and exit non-zero.
    await Console.Error.WriteLineAsync($"Er ging onverwacht iets mis: {ex.Message} Meld dit met de opdracht die u gaf.");
    return 70;
}
