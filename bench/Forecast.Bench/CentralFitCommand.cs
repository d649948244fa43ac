using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Forecast.Bench;

/// <summary>
/// `fit-central n m tail`: fits the kernel's central rational for the normal quantile, z = q·N(r)/D(r) with q = p − ½,
/// r = q², N of degree n and D of degree m (D(0) = 1), on p in [tail, 1 − tail], bringing the largest relative error
/// against MathNet's InvCDF near its minimax. Prints the coefficients LaneMath holds and the errors of evaluating them
/// as the kernel does (Horner with fused multiply-adds in double) on a million points, so the constants there can be
/// reproduced (their last digits may differ on another platform's libm).
/// </summary>
/// <remarks>
/// Linearised least squares N(x) − f·D(x) ≈ 0 in x = r / r_max, each point weighted by 1 / (f·D_previous) so the
/// linear residual approximates the relative error (Loeb's iteration), and by Lawson's weights (each multiplied by
/// its point's error every round), which drive the least-squares fit toward the minimax one.
/// </remarks>
public static class CentralFitCommand
{
    private const int Points = 6000;
    private const int Rounds = 400;

    public static int Run(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: fit-central <numerator degree> <denominator degree> <tail probability>   e.g. fit-central 5 5 0.01");
            return 2;
        }

        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var m = int.Parse(args[1], CultureInfo.InvariantCulture);
        var tail = double.Parse(args[2], CultureInfo.InvariantCulture);
        var rMax = (0.5 - tail) * (0.5 - tail);

        // Chebyshev nodes in x, dense at both ends, where the error of a polynomial fit peaks.
        var xs = new double[Points];
        var fs = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            xs[i] = 0.5 - (0.5 * Math.Cos(Math.PI * (i + 0.5) / Points));
            var p = 0.5 + Math.Sqrt(xs[i] * rMax);
            var q = p - 0.5; // the q the kernel sees for this p, rounding included
            xs[i] = q * q / rMax;
            fs[i] = Normal.InvCDF(0, 1, p) / q;
        }

        var lawson = new double[Points];
        var previousDenominator = new double[Points];
        Array.Fill(lawson, 1.0);
        Array.Fill(previousDenominator, 1.0);
        var best = double.MaxValue;
        double[] bestNumerator = [], bestDenominator = [];
        for (var round = 0; round < Rounds; round++)
        {
            var a = Matrix<double>.Build.Dense(Points, n + 1 + m);
            var y = Vector<double>.Build.Dense(Points);
            for (var i = 0; i < Points; i++)
            {
                var scale = Math.Sqrt(lawson[i]) / (fs[i] * previousDenominator[i]);
                var power = 1.0;
                for (var j = 0; j <= n; j++, power *= xs[i])
                    a[i, j] = scale * power;
                power = xs[i];
                for (var j = 1; j <= m; j++, power *= xs[i])
                    a[i, n + j] = -scale * fs[i] * power;
                y[i] = scale * fs[i];
            }

            var c = a.QR().Solve(y);
            var numerator = Enumerable.Range(0, n + 1).Select(j => c[j]).ToArray();
            double[] denominator = [1.0, .. Enumerable.Range(1, m).Select(j => c[n + j])];
            var errors = new double[Points];
            for (var i = 0; i < Points; i++)
            {
                previousDenominator[i] = Horner(denominator, xs[i]);
                errors[i] = Math.Abs((Horner(numerator, xs[i]) / previousDenominator[i]) - fs[i]) / fs[i];
            }

            var worst = errors.Max();
            if (worst < best)
                (best, bestNumerator, bestDenominator) = (worst, numerator, denominator);
            // Lawson's step: each weight times its point's error, so the points near the worst error gain weight; then
            // normalised to a mean of 1, and kept above zero so that a point the fit matched exactly stays in play.
            for (var i = 0; i < Points; i++)
                lawson[i] *= errors[i] / worst;
            var mean = lawson.Average();
            for (var i = 0; i < Points; i++)
                lawson[i] = (lawson[i] / mean) + 1e-300;
        }

        // Back from x = r / r_max to r.
        var numeratorInR = bestNumerator.Select((v, j) => v / Math.Pow(rMax, j)).ToArray();
        var denominatorInR = bestDenominator.Select((v, j) => v / Math.Pow(rMax, j)).ToArray();
        var error = KernelError(numeratorInR, denominatorInR, tail);
        Console.WriteLine($"degree ({n},{m}) on p in [{tail}, {1 - tail}]: largest relative error {error.Relative:E3} (near p = {error.RelativeAt:F5}), largest absolute {error.Absolute:E3} (near p = {error.AbsoluteAt:F5})");
        Console.WriteLine("N0…: " + string.Join(", ", numeratorInR.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        Console.WriteLine("M1…: " + string.Join(", ", denominatorInR.Skip(1).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
    }

    private static double Horner(double[] coefficients, double x)
    {
        var sum = 0.0;
        for (var j = coefficients.Length - 1; j >= 0; j--)
            sum = (sum * x) + coefficients[j];
        return sum;
    }

    /// <summary>The error as the kernel evaluates the rational: fused Horner in r, then num × q / den.</summary>
    private static (double Relative, double RelativeAt, double Absolute, double AbsoluteAt) KernelError(double[] numerator, double[] denominator, double tail)
    {
        const int samples = 1_000_000;
        double relative = 0, relativeAt = 0, absolute = 0, absoluteAt = 0;
        for (var i = 0; i < samples; i++)
        {
            var p = tail + ((1 - (2 * tail)) * (i + 0.5) / samples);
            var q = p - 0.5;
            var r = q * q;
            var num = numerator[^1];
            for (var j = numerator.Length - 2; j >= 0; j--)
                num = Math.FusedMultiplyAdd(num, r, numerator[j]);
            var den = denominator[^1];
            for (var j = denominator.Length - 2; j >= 0; j--)
                den = Math.FusedMultiplyAdd(den, r, denominator[j]);
            var exact = Normal.InvCDF(0, 1, p);
            var error = Math.Abs((num * q / den) - exact);
            if (error > absolute)
                (absolute, absoluteAt) = (error, p);
            if (exact != 0 && error / Math.Abs(exact) > relative)
                (relative, relativeAt) = (error / Math.Abs(exact), p);
        }

        return (relative, relativeAt, absolute, absoluteAt);
    }
}
