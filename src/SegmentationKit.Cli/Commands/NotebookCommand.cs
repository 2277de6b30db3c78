using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Notebooks.Jupyter;
using SegmentationKit.Notebooks.Runner;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit notebook run FILE.ipynb... [--inplace | --out DIR] [--param name=value ...] [--timeout SECONDS]</c>:
/// executes notebooks without Jupyter and stores their outputs, stopping at the first failing cell.
/// The cells run in a child engine process (<c>segkit kernel serve</c>): a cell that runs past the
/// timeout is stopped, and one that ends the process fails like any other cell.
/// A batch is all-or-nothing: every notebook runs first, and only when all of them ran to the end are
/// they written (each to a temporary file beside its target, then renamed over it), so a later
/// notebook failing leaves every earlier one as it was. In --out DIR the notebooks are added (same file
/// names) to whatever the folder holds.</summary>
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
            var targets = new List<string>();
            foreach (var file in notebooks)
            {
                if (!file.Exists)
                    throw new ConfigurationException(null, "notebooks", $"the notebook '{file}' does not exist", "check the path of every notebook given");
                var target = inPlace ? file.FullName : Path.Combine(toFolder!.FullName, file.Name);
                if (targets.Contains(target, StringComparer.Ordinal))
                    throw new ConfigurationException(null, "--out", $"two notebooks would be written to {target}",
                        "run notebooks with the same file name in separate runs, or use --inplace");
                targets.Add(target);
            }
            if (toFolder is not null)
            {
                if (File.Exists(toFolder.FullName))
                    throw new ConfigurationException(null, "--out", $"'{toFolder}' is a file, not a folder", "give --out a folder for the executed notebooks");
                OutputFolder.SweepStaleStaging(toFolder.FullName);
            }

            // Run them all first: a failure anywhere writes nothing.
            var results = new List<NotebookRunResult>();
            for (var i = 0; i < notebooks.Length; i++)
            {
                try
                {
                    results.Add(NotebookRunner.Run(notebooks[i].ToString(), values, options));
                }
                catch (NotebookExecutionException e)
                {
                    var none = notebooks.Length > 1 ? $"; none of the {notebooks.Length} notebooks was written" : "; the notebook was not written";
                    throw new ModelException(e.Message + none, "correct that cell (or the data it reads) and run the notebooks again");
                }
                catch (SegmentationKitException) when (i > 0)
                {
                    Console.Error.WriteLine($"note: none of the {notebooks.Length} notebooks was written (the batch is all-or-nothing).");
                    throw;
                }
            }
            var written = new List<string>();
            try
            {
                for (var i = 0; i < results.Count; i++) written.Add(results[i].Notebook.WriteBeside(targets[i]));
            }
            catch
            {
                foreach (var temp in written) File.Delete(temp);
                throw;
            }
            for (var i = 0; i < results.Count; i++)
            {
                NotebookDocument.Publish(written[i], targets[i]);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{notebooks[i].Name}: {results[i].CodeCellsRun} code cells in {results[i].Elapsed.TotalSeconds:0.0} s → {targets[i]}"));
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
