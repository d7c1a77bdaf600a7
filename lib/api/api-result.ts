import type { z } from "zod";
import type { ResponseSpec } from "./endpoint";

export interface JsonResult<T> {
  kind: "json";
  status: 200 | 201;
  body: T;
  /** A Set-Cookie value for the caller (writes only), e.g. their session re-issued. */
  setCookie?: string;
}

export interface CsvResult {
  kind: "csv";
  /** Without extension. */
  filename: string;
  text: string;
}

export interface RedirectResult {
  kind: "redirect";
  status: 301 | 308;
  /** Path on this site; the request's query string is carried over. */
  location: string;
}

/** An XML document (e.g. OPML) served as a download. */
export interface XmlResult {
  kind: "xml";
  mediaType: string;
  /** With extension. */
  filename: string;
  text: string;
}

export type ApiResult = JsonResult<unknown> | CsvResult | XmlResult | RedirectResult;

/** What a handler of an endpoint may return: its declared body (checked by the compiler) or a redirect. */
export type ResultFor<R extends ResponseSpec> =
  | (R extends { kind: "json"; schema: infer S extends z.ZodType } ? JsonResult<z.output<S>> : R extends { kind: "xml" } ? XmlResult : CsvResult)
  | RedirectResult;

export function ok<T>(body: T): JsonResult<T> {
  return { kind: "json", status: 200, body };
}

/** A resource was created; `location` is its address when it has one. */
export function created<T>(body: T): JsonResult<T> {
  return { kind: "json", status: 201, body };
}

export function xmlFile(mediaType: string, filename: string, text: string): XmlResult {
  return { kind: "xml", mediaType, filename, text };
}

export function csvFile(filename: string, text: string): CsvResult {
  return { kind: "csv", filename, text };
}

/** 308 keeps the method (a later PATCH to an old slug lands on the new one). */
export function movedPermanently(location: string): RedirectResult {
  return { kind: "redirect", status: 308, location };
}
