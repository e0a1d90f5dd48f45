// The public pages of services and certificates: their own lazily loaded chunk.
import '../../locales/public-services/index.ts';
export { VerifyCertificatePage } from './VerifyCertificate.tsx';
