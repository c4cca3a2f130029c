using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Signature.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Cms",
                table: "verification_reports",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "verification_reports",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cms",
                table: "verification_reports");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "verification_reports");
        }
    }
}
