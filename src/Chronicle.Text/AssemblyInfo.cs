using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Chronicle.Text.Tests")]
