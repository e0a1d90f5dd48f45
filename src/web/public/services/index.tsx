// The public pages of services and certificates: their own lazily loaded chunk.
export { VerifyCertificatePage } from './VerifyCertificate.tsx';
