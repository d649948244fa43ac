using BenchmarkDotNet.Running;

namespace Forecast.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
            return ScaleCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "kernel")
            return KernelCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "fit-central")
            return CentralFitCommand.Run(args[1..]);

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
