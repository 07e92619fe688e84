-- The content hash (sha256 of the canonical JSON, rubricSheetContentHash) of each built-in sheet of
-- Decision 148 as shipped in src/domain/rubric/catalogue/148/set-NN.json, then every existing dossier
-- of version 148 records the hash of its product set's sheet.
INSERT INTO "rubric_sheet_hashes" ("version_key", "set_number", "content_hash") VALUES
  ('148', 1, '1ffa0d462ee8c986558429e7c3d36a5cafe12dd978998064c924e5e51dc76cc9'),
  ('148', 2, 'c074d39980f026a0d7d0304978dcc0e2fe603b5c36a8479d5d1b9ec26e392098'),
  ('148', 3, 'e89d1fd3932881c5faef7fccd854bec587342ef4fa05045cacd61e16d05b5eb6'),
  ('148', 4, 'a65e67ad0040e7ac7cce904a693d36d61c5df8e0015d85598277835a31fa03f4'),
  ('148', 5, '202431ad53e4f9e26baed69cfd73cea42d3037027cfa65c365e99a53af958bba'),
  ('148', 6, 'd0c19fa8b529eb7bdd9e3b84ede1d8422848385efbbcb8f19ae2dd0f89ae36f6'),
  ('148', 7, '55df4ba7ec4c6a945735da26f792fd8fbfd1e125b4ccd69d9dd56edb8f1fb324'),
  ('148', 8, 'ca84ca843b711f1606001e0a8289e35bbc5b0d7eadc198c1c01385572294f439'),
  ('148', 9, '2b94c1f38c2054fb3712247d894629a7036e6b318f94aff6809c104a1e4dcc75'),
  ('148', 10, '854034cd90f2a615f5b0b8978e0761964691689a79268d421218d0fa30f89a55'),
  ('148', 11, '1c5abe99793903e04416cc83bdebbacc24544276a475a5110f4406e97f57c765'),
  ('148', 12, 'f20bc1aa042b8657f373dbe68f285a6befcb29f5c9787879dd82eb1deb7a60a4'),
  ('148', 13, '7ec159d853bbe93830e3e700615bf2a6553b4680bb9b1fa6ab39d356326f9790'),
  ('148', 14, '1ef2a051710a603528b67710ad350e5e115fc6c6b6157b592d27d5f845dbf2e5'),
  ('148', 15, '3625fb10bb3fdb1736315654d51be0527d41c8aaa77e006daefbf1a46f8a9651'),
  ('148', 16, '1d50d9725f790a8d49faaa4f34f5a96d58ca97a5fdf5c55ada3073b57fc91ba1'),
  ('148', 17, '3ba7a79504290c856e5781fc29aa41b22f2ca7aaf1f43f518cdd2076e736d330'),
  ('148', 18, '7c0a4d6b4f02a47f440b2d4eb98836425dea6fa0cddcdd9a84440d3381b4b32a'),
  ('148', 19, 'd114a9a8bfe84a52cd22e2b0c84e7b65d29cadb2c37a79c5f348bb8deaae5ba4'),
  ('148', 20, '1090d43e81a3e10019bd890fd0c9ecf0aedffe8d080fb18368f72f2753047a24'),
  ('148', 21, 'f7acffc769f78929f1e49407de5129e92e61dcb32335d57a8668d004d983f6d9'),
  ('148', 22, 'e5db0af6c058c49a4d4d7106683c77156706e82be33fbd6946a6cc152e3fdedc'),
  ('148', 23, '5c9de37e03845314db630ab97b3d8bed13296117d3b6a572be0eea6142b0afb8'),
  ('148', 24, 'c4212f5c71b008d637f544b5db4212cb26b756d933c14490a21cfc93c4e1ae7e'),
  ('148', 25, '667e66c708f2390bee4bbf7b55ddf2daeb8ecd8dc6f7d232f6791e1ad71b46c1'),
  ('148', 26, '750e56fc913ae9dc9c31a51871b92e57371677b6218ecad3f3d7d77febba9c41')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "dossiers" AS d SET "rubric_content_hash" = h."content_hash"
FROM "rubric_sheet_hashes" AS h
WHERE h."version_key" = d."rubric_version_id" AND h."set_number" = d."product_set" AND d."rubric_content_hash" IS NULL;
