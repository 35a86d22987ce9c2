using Chronicle.Storage.Postgres;

namespace Chronicle.Storage.Tests;

public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("postgres://db1/chronicle", true)]
    [InlineData("postgresql://user@db1:6432/chronicle", true)]
    [InlineData("Host=db1;Database=chronicle;Username=chronicle", true)]
    [InlineData("Server=db1;Database=chronicle", true)]
    [InlineData("chronicle.db", false)]
    [InlineData("/var/data/news=2024.db", false)]
    public void A_url_or_a_connection_string_names_postgresql_and_anything_else_a_sqlite_file(string database, bool postgres) =>
        PostgresConnection.IsPostgres(database).ShouldBe(postgres);

    [Fact]
    public void A_url_gives_host_port_database_user_password_and_options()
    {
        var builder = PostgresConnection.Parse("postgres://news%40team:p%3Ass@db1.example:6432/chronicle?sslmode=require&application_name=w1");

        (builder.Host, builder.Port, builder.Database).ShouldBe(("db1.example", 6432, "chronicle"));
        (builder.Username, builder.Password).ShouldBe(("news@team", "p:ss"));
        builder.SslMode.ShouldBe(Npgsql.SslMode.Require);
        builder.ApplicationName.ShouldBe("w1");
    }

    [Fact]
    public void The_description_never_shows_the_password()
    {
        var description = PostgresConnection.Describe(PostgresConnection.Parse("postgres://u:secret@db1/chronicle"));

        description.ShouldBe("postgres://db1:5432/chronicle");
    }
}
