import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

/**
 * A file upload's form, read in memory up to `maxBytes` per part; or why there is none to read
 * (not a multipart body, or a part too large), for the route to say on its form.
 */
export async function readUpload(
  request: Request,
  maxBytes: number,
): Promise<FormData | "notMultipart" | "tooLarge"> {
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    return "notMultipart";
  }
  try {
    return await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: maxBytes }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "tooLarge";
    throw error;
  }
}
