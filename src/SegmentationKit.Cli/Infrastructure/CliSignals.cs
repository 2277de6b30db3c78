using System.Runtime.InteropServices;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Ctrl-C (SIGINT) and SIGTERM end a run without leaving anything behind: the staging folder
/// of every output not yet committed is deleted (<see cref="OutputFolder.AbandonAll"/>, which waits for
/// a commit in progress), --out keeps its previous contents, and the process exits with 130 or 143
/// as shells expect. SIGKILL cannot be caught: the next run sweeps what it left.</summary>
public static class CliSignals
{
    private static readonly List<PosixSignalRegistration> Registrations = new();

    public static void Install()
    {
        lock (Registrations)
        {
            if (Registrations.Count > 0) return;
            Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130, "interrupted (Ctrl-C)")));
            Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143, "terminated (SIGTERM)")));
        }
    }

    private static void Stop(PosixSignalContext context, int exitCode, string what)
    {
        context.Cancel = true;
        var abandoned = OutputFolder.AbandonAll();
        foreach (var o in abandoned)
            Console.Error.WriteLine($"{what}: nothing was written to {o.Option} {o.Typed}; what it held before is unchanged.");
        if (abandoned.Count == 0) Console.Error.WriteLine($"{what}.");
        Console.Error.Flush();
        Environment.Exit(exitCode);
    }
}
