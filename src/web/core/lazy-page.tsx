import { type ReactNode, Suspense } from 'react';
import { Loading } from './components/common.js';

/** A lazily loaded page, with the shared loading state while its code arrives. */
export const lazyPage = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;
