namespace Leerwerk.Domain.Scholen;

/// <summary>Kind of mbo institution: regionaal (ROC), agrarisch (AOC) or a vakinstelling.</summary>
public enum MboSoort
{
    Roc,
    Aoc,
    Vakinstelling,
}
