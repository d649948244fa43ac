using System.Text;

namespace Forecast.Scenarios.Tests;

/// <summary>Deterministic mutations of the shipped scenario files, for fuzzing everything that reads a scenario.</summary>
public static class ScenarioMutants
{
    private static readonly string[] Files = ["baseline.yaml", "downturn.yaml", "fiscal-squeeze.yaml"];
    private static readonly byte[] Brackets = "[]{}"u8.ToArray();
    private static readonly byte[] Noise = "[]{}:-,#&*!|>'\"%@`?\t\r\n \\"u8.ToArray();

    /// <summary><paramref name="count"/> mutants named after their origin and mutation, the same for the same seed.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Make(int count, int seed)
    {
        var directory = Path.Combine(Path.GetDirectoryName(Forecast.Catalog.Tests.ShippedCatalog.Directory)!, "scenarios");
        var originals = Files.Select(f => (Name: f, Bytes: File.ReadAllBytes(Path.Combine(directory, f)))).ToList();
        var random = new Random(seed);
        var mutants = new List<(string, byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var (file, original) = originals[i % originals.Count];
            var kind = i / originals.Count % 6;
            var bytes = kind switch
            {
                0 => Truncate(original, random),
                1 => FlipBytes(original, random),
                2 => Reindent(original, random),
                3 => ChangeBrackets(original, random),
                4 => InsertNoise(original, random),
                _ => FlipBytes(Reindent(ChangeBrackets(original, random), random), random),
            };
            mutants.Add(($"mutant-{i:D4}-{kind}-{file}", bytes));
        }

        return mutants;
    }

    private static byte[] Truncate(byte[] bytes, Random random) => bytes[..random.Next(bytes.Length)];

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = random.Next(1, 6); n > 0; n--)
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    /// <summary>One line moved left or right by a few spaces, or a tab put in its indentation.</summary>
    private static byte[] Reindent(byte[] bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var i = random.Next(lines.Length);
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            lines[i] = random.Next(3) switch
            {
                0 => new string(' ', indent + random.Next(1, 5)) + line.TrimStart(' '),
                1 => line[Math.Min(indent, random.Next(1, 4))..],
                _ => "\t" + line,
            };
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Brackets added, removed or swapped, or a run of them nested.</summary>
    private static byte[] ChangeBrackets(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(list.Count + 1);
            switch (random.Next(4))
            {
                case 0:
                    list.Insert(at, Brackets[random.Next(Brackets.Length)]);
                    break;
                case 1:
                    var found = list.FindIndex(Math.Min(at, list.Count), b => Brackets.Contains(b));
                    if (found >= 0)
                        list.RemoveAt(found);
                    break;
                case 2:
                    var swap = list.FindIndex(Math.Min(at, list.Count), b => Brackets.Contains(b));
                    if (swap >= 0)
                        list[swap] = Brackets[random.Next(Brackets.Length)];
                    break;
                default:
                    var depth = random.Next(1, 200);
                    list.InsertRange(at, Enumerable.Repeat(Brackets[random.Next(2) * 2], depth));
                    break;
            }
        }

        return [.. list];
    }

    private static byte[] InsertNoise(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        for (var n = random.Next(1, 8); n > 0; n--)
            list.Insert(random.Next(list.Count + 1), Noise[random.Next(Noise.Length)]);
        return [.. list];
    }
}
