using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Jupyter;
using SegmentationKit.Notebooks.Runner;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit notebook run FILE.ipynb... [--inplace | --out DIR] [--param name=value ...] [--timeout SECONDS]</c>:
/// executes notebooks without Jupyter and stores their outputs, stopping at the first failing cell.
/// The cells run in a child engine process (<c>segkit kernel serve</c>): a cell that runs past the
/// timeout is stopped, and one that ends the process fails like any other cell.</summary>
public sealed class NotebookCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("notebook", "C# notebooks (.ipynb) that use the kit");
        command.Subcommands.Add(BuildRun());
        return command;
    }

    private static Command BuildRun()
    {
        var files = new Argument<FileInfo[]>("notebooks") { Description = "Notebooks to run, in order", Arity = ArgumentArity.OneOrMore };
        var inplace = new Option<bool>("--inplace") { Description = "Write the outputs back into each notebook" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write each executed notebook into this folder (same file name)" };
        var parameters = new Option<string[]>("--param") { Description = "name=value assigned after the cell tagged 'parameters' (repeatable)", AllowMultipleArgumentsPerToken = false };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds one cell may run before it is stopped and the run fails (default 600)",
            DefaultValueFactory = _ => (int)NotebookRunOptions.DefaultCellTimeout.TotalSeconds,
        };
        var command = new Command("run", "Execute notebooks with the kit's C# engine and store their outputs (like jupyter nbconvert --execute); stops at the first failing cell");
        command.Arguments.Add(files);
        foreach (var o in new Option[] { inplace, outDir, parameters, timeout }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var notebooks = parseResult.GetValue(files) ?? [];
            var toFolder = parseResult.GetValue(outDir);
            var inPlace = parseResult.GetValue(inplace);
            if (inPlace == (toFolder is not null))
                throw new ConfigurationException(null, "--out", "say where the executed notebooks go", "give either --inplace or --out DIR");
            var values = ParseParameters(parseResult.GetValue(parameters) ?? []);
            var seconds = parseResult.GetValue(timeout);
            if (seconds < 1)
                throw new ConfigurationException(null, "--timeout", $"{seconds} is not a time limit", "give the seconds one cell may run, e.g. --timeout 600");
            var options = new NotebookRunOptions { EngineCommand = KernelSpec.EngineCommand(), CellTimeout = TimeSpan.FromSeconds(seconds) };
            foreach (var file in notebooks)
            {
                if (!file.Exists) throw new FileNotFoundException($"notebook not found: {file}", file.FullName);
                var result = NotebookRunner.Run(file.FullName, values, options);
                var target = inPlace ? file.FullName : Path.Combine(toFolder!.FullName, file.Name);
                result.Notebook.Save(target);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{file.Name}: {result.CodeCellsRun} code cells in {result.Elapsed.TotalSeconds:0.0} s → {target}"));
            }
            return 0;
        }));
        return command;
    }

    private static Dictionary<string, string> ParseParameters(IEnumerable<string> items)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ConfigurationException(null, "--param", $"'{item}' is not name=value", "e.g. --param k=6");
            values[item[..eq]] = item[(eq + 1)..];
        }
        return values;
    }
}
