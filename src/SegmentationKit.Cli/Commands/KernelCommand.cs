using System.CommandLine;
using System.Text;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Engine;
using SegmentationKit.Notebooks.Jupyter;
using SegmentationKit.Notebooks.Protocol;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit kernel install [--user | --prefix P]</c> registers the Jupyter kernel
/// "C# (SegmentationKit)"; <c>segkit kernel serve</c> is the engine that kernel starts (JSON lines
/// on stdin/stdout, see <see cref="KernelServer"/>).</summary>
public sealed class KernelCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("kernel", "The Jupyter kernel for C# notebooks that use the kit");
        command.Subcommands.Add(BuildInstall());
        command.Subcommands.Add(BuildServe());
        return command;
    }

    private static Command BuildInstall()
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (the default)" };
        var prefix = new Option<DirectoryInfo?>("--prefix") { Description = "Install under PREFIX/share/jupyter/kernels (e.g. a virtual environment, or a folder on JUPYTER_PATH)" };
        var python = new Option<string?>("--python") { Description = "Python 3 with ipykernel that runs the wrapper (default: python3 on PATH)" };
        var command = new Command("install", $"Install the Jupyter kernelspec '{KernelSpec.Name}' (\"{KernelSpec.DisplayName}\") that runs this segkit");
        foreach (var o in new Option[] { user, prefix, python }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var p = parseResult.GetValue(prefix);
            if (p is not null && parseResult.GetValue(user))
                throw new ConfigurationException(null, "--prefix", "--user and --prefix both say where to install", "give one of them");
            var kernels = p is null ? KernelSpec.UserKernelsFolder() : KernelSpec.PrefixKernelsFolder(p.FullName);
            var folder = KernelSpec.Install(kernels, python: parseResult.GetValue(python));
            Console.Out.WriteLine($"Installed kernel '{KernelSpec.Name}' ({KernelSpec.DisplayName}) in {folder}");
            Console.Out.WriteLine($"It starts: {string.Join(" ", KernelSpec.EngineCommand())}");
            Console.Out.WriteLine("It needs Python 3 with ipykernel (Debian: apt-get install python3-ipykernel).");
            return 0;
        }));
        return command;
    }

    private static Command BuildServe()
    {
        var command = new Command("serve", "Run the C# engine for the Jupyter wrapper: JSON requests on stdin, one per line; replies on stdout");
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            // The real stdout carries the protocol; Console.Out is taken over to capture what cells print.
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var engine = new NotebookEngine();
            // Before "ready": a client's cell timeout then measures the cell, not Roslyn's start-up.
            engine.WarmUp();
            // Ctrl+C in a terminal interrupts the cell rather than killing the engine.
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                engine.Interrupt();
            };
            new KernelServer(input, output, engine).RunAsync().GetAwaiter().GetResult();
            return 0;
        }));
        return command;
    }
}
