namespace Forecast.Model.Simulation;

/// <summary>The buffers <see cref="NormalDraws"/> reuses from row to row: which draws are in a tail, and the tail draws gathered.</summary>
internal sealed class NormalScratch(int length)
{
    public int Length { get; } = length;

    /// <summary>Bit i of the row: draw i is in a tail. Read 64 draws a word, written 16 (a block) at a time.</summary>
    public ulong[] Masks { get; } = new ulong[(length / 64) + 1];

    // Padded by one vector so the last gathered batch can be filled out and processed whole.
    public double[] Uniforms { get; } = new double[length + 8];

    // Padded by one vector, as the uniforms are.
    public int[] Indices { get; } = new int[length + 8];
}
