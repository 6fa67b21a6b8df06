// A tiny HTTP client with a cookie jar, so each instance is one browser-like user.

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Send this exact string as the body (malformed JSON tests). */
  raw?: string;
  /** A multipart/form-data body (uploads); fetch sets the boundary. */
  form?: FormData;
  headers?: Record<string, string>;
}

let counter = 0;

export class TestClient {
  readonly cookies = new Map<string, string>();

  /** `baseUrl` may be a function for a client made before its app listens (see useAdmin). */
  constructor(private readonly base: string | (() => string)) {}

  get baseUrl(): string {
    return typeof this.base === 'function' ? this.base() : this.base;
  }

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | FormData | undefined;
    if (options.form !== undefined) {
      body = options.form;
    } else if (options.raw !== undefined) {
      body = options.raw;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
  /** POST multipart/form-data, e.g. `upload('/api/files', form)`. */
  upload<T = any>(path: string, form: FormData, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, form });
  }
  put<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  patch<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** Register (and thereby sign in) a fresh account; returns the created user. */
  async register(
    fields: Partial<{ email: string; password: string; role: string; name: string; province: string; language: string }> = {},
  ) {
    const n = ++counter;
    const account = {
      email: `user${n}.${Date.now().toString(36)}@example.vn`,
      password: 'mat-khau-rat-manh',
      role: 'startup',
      name: `Người dùng ${n}`,
      province: 'lang-son',
      ...fields,
    };
    const res = await this.post('/api/auth/register', account);
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
    return { ...res.body.user, password: account.password } as {
      id: string;
      email: string;
      role: string;
      name: string;
      province: string;
      language: string;
      password: string;
    };
  }

  async login(email: string, password: string) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
    return res.body.user;
  }
}
