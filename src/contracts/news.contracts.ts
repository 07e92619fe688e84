/**
 * Zod contracts of news articles (bản tin) published by a standing office on the public site,
 * shared by the server routes and the web forms.
 */
import { z } from 'zod';
import { NEWS_KINDS, NEWS_STATUSES } from '../domain/news/news.types';
import { queryInt32 } from './shared.contracts';

const MentionIds = z.array(z.uuid()).max(50);

const NewsContent = {
  kind: z.enum(NEWS_KINDS).describe('announcement | producer_story | model_practice'),
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(1000).optional(),
  /** Plain text; blank lines separate paragraphs. */
  body: z.string().trim().min(1).max(50_000),
  productIds: MentionIds.optional().describe('Products the article mentions'),
  producerIds: MentionIds.optional().describe('Producers the article mentions'),
};

export const CreateNewsArticleInput = z.object({
  unitId: z.uuid().describe('The province (or the nation) publishing the article'),
  ...NewsContent,
});
export type CreateNewsArticleInput = z.infer<typeof CreateNewsArticleInput>;

export const UpdateNewsArticleInput = z.object(NewsContent);
export type UpdateNewsArticleInput = z.infer<typeof UpdateNewsArticleInput>;

export const NewsTransitionInput = z.object({
  action: z.enum(['review', 'publish', 'unpublish']),
});
export type NewsTransitionInput = z.infer<typeof NewsTransitionInput>;

export const NewsListQuery = z.object({
  unitId: z.uuid().optional().describe('Only articles of this unit and the units below it'),
  status: z.enum(NEWS_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type NewsListQuery = z.infer<typeof NewsListQuery>;

const Mention = z.object({ id: z.uuid(), name: z.string() });

export const NewsPhotoOutput = z
  .object({
    id: z.uuid(),
    caption: z.string().describe('Chú thích, also the text alternative of the image'),
    mediaType: z.string(),
    url: z.string().describe('The image for the back-office (any status)'),
    publicUrl: z.string().describe('The image on the public site (only once published)'),
  })
  .meta({ id: 'NewsPhoto' });
export type NewsPhotoOutput = z.infer<typeof NewsPhotoOutput>;

/** Text fields of the multipart upload of a photo (with the image in the `file` part). */
export const UploadNewsPhotoFields = z.object({
  caption: z.string().trim().min(1).max(300).describe('Chú thích ảnh — what the photo shows'),
});
export type UploadNewsPhotoFields = z.infer<typeof UploadNewsPhotoFields>;

export const NewsPhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
export type NewsPhotoParams = z.infer<typeof NewsPhotoParams>;

export const NewsArticleOutput = z
  .object({
    id: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    kind: z.enum(NEWS_KINDS),
    status: z.enum(NEWS_STATUSES),
    slug: z.string(),
    publicUrl: z.string().describe('Path of the public page (only reachable once published)'),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    products: z.array(Mention),
    producers: z.array(Mention),
    photos: z.array(NewsPhotoOutput),
    createdAt: z.string(),
    updatedAt: z.string(),
    reviewedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'NewsArticle' });
export type NewsArticleOutput = z.infer<typeof NewsArticleOutput>;

export const ListNewsArticlesOutput = z.object({
  items: z.array(NewsArticleOutput),
  total: z.number().int(),
});
export type ListNewsArticlesOutput = z.infer<typeof ListNewsArticlesOutput>;
