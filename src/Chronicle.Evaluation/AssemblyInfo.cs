using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Chronicle.Evaluation.Tests")]
