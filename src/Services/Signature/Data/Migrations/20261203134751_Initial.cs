using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Signature.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "verification_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Indication = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubIndication = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TrustStore = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CmsSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportJson = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verification_reports_CmsSha256",
                table: "verification_reports",
                column: "CmsSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verification_reports");
        }
    }
}
