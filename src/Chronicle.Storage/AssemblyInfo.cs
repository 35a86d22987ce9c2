using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Chronicle.Storage.Tests")]
