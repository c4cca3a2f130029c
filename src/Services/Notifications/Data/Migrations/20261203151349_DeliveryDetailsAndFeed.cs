using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryDetailsAndFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "delivery_records",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastAttemptAt",
                table: "delivery_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "delivery_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NotificationId",
                table: "delivery_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "RecipientHash",
                table: "delivery_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RecipientUserId",
                table: "delivery_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "feed_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NotificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsRead = table.Column<bool>(type: "boolean", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_items", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_records_NotificationId",
                table: "delivery_records",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_feed_items_NotificationId",
                table: "feed_items",
                column: "NotificationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feed_items_UserId_CreatedAt",
                table: "feed_items",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feed_items");

            migrationBuilder.DropIndex(
                name: "IX_delivery_records_NotificationId",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "LastAttemptAt",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "NotificationId",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "RecipientHash",
                table: "delivery_records");

            migrationBuilder.DropColumn(
                name: "RecipientUserId",
                table: "delivery_records");
        }
    }
}
